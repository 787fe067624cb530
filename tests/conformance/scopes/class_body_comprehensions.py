# Comprehensions in a class body: only the first iterable sees class names.

class Table:
    size = 3
    names = ["a", "b", "c"]
    # The outermost iterable is evaluated in the class scope: works.
    squares = [i * i for i in range(size)]
    upper = [n.upper() for n in names]
    pairs = {n: i for i, n in enumerate(names)}

    try:
        # 'size' inside the element expression is NOT visible (class scope skipped).
        broken = [size * i for i in range(3)]
    except NameError as e:
        broken = f"{type(e).__name__}: {e}"

    try:
        nested_iter = [(i, j) for i in range(2) for j in range(size)]
    except NameError as e:
        nested_iter = f"{type(e).__name__}: {e}"

    try:
        cond = [i for i in range(5) if i < size]
    except NameError as e:
        cond = f"{type(e).__name__}: {e}"

    # Work-around: bind through a lambda default or the first iterable.
    fixed = [s * i for s, i in zip([size] * 3, range(3))]
    fixed2 = (lambda size=size: [size * i for i in range(3)])()


print(Table.squares)
print(Table.upper)
print(Table.pairs)
print(Table.broken)
print(Table.nested_iter)
print(Table.cond)
print(Table.fixed, Table.fixed2)

size = 100


class Fallback:
    size = 2
    # element expression falls back to the global 'size'
    vals = [size + i for i in range(size)]


print(Fallback.vals)


class SetAndDict:
    base = {"x": 1, "y": 2}
    keys = sorted({k for k in base})
    inverted = {v: k for k, v in base.items()}


print(SetAndDict.keys, SetAndDict.inverted)
print(sorted([k for k in vars(SetAndDict) if not k.startswith("__")]))


def in_function():
    mult = 7

    class Local:
        mult = 3
        vals = [mult * i for i in range(3)]
    return Local.vals


print(in_function())
