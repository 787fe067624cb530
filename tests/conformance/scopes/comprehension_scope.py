# List, set and dict comprehensions have their own scope.

x = "module x"
squares = [x * x for x in range(5)]
print(squares, x)

evens = {n for n in range(10) if n % 2 == 0}
print(sorted(evens))
try:
    n
except NameError as e:
    print(type(e).__name__, e)

mapping = {k: v for k, v in zip("abc", range(3))}
print(mapping)
try:
    k
except NameError as e:
    print(type(e).__name__, e)


def in_function():
    i = "function i"
    data = [i for i in "xyz"]
    return data, i


print(in_function())


def closure_over_comprehension_var():
    fns = [lambda: j for j in range(3)]
    return [f() for f in fns]


print(closure_over_comprehension_var())


def outer_name_visible():
    factor = 3
    return [factor * v for v in range(4)]


print(outer_name_visible())


def nested_comprehension():
    matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
    transposed = [[row[c] for row in matrix] for c in range(3)]
    flat = [v for row in matrix for v in row if v % 2]
    return matrix, transposed, flat


for part in nested_comprehension():
    print(part)


def first_iterable_evaluated_outside():
    data = [1, 2, 3]
    result = [data for data in data]
    return result, data


print(first_iterable_evaluated_outside())


def comprehension_uses_later_binding():
    items = []
    fn = lambda: [v + offset for v in range(2)]
    offset = 10
    items.append(fn())
    offset = 20
    items.append(fn())
    return items


print(comprehension_uses_later_binding())


def unbound_in_comprehension():
    try:
        return [q for _ in range(1)]
    except NameError as e:
        return f"{type(e).__name__}: {e}"
    q = 1


print(unbound_in_comprehension())

y = 5
result = [y for y in range(y)]
print(result, y)
print({y: [y for y in range(y)] for y in range(3)})
