# list(genexpr), tuple(genexpr) and set(genexpr): with the builtins the genexpr's items
# are gathered in its own <genexpr> frame; anything else called with a genexpr gets the
# generator. Results, evaluation order, frames and errors must be the generator's.
import sys


def noisy(n):
    for i in range(n):
        print("  produce", i)
        yield i


def show(v):
    print("  element", v)
    return v


print(list(show(x * 2) for x in noisy(3)))
print(tuple(x for x in [5, 1, 4] if x > 1), sorted(set(x % 3 for x in range(10))))
print(list(x for x in []), tuple(x for x in ()), set(x for x in ""))
print(tuple((a, b) for a in "ab" for b in range(a == "a", 3) if b != 1))
print(list(tuple(c for c in w) for w in ["hi", "yo"]))

# The frame is the genexpr's: its name, its generator flag, and the caller behind it.
frames = tuple(
    (sys._getframe().f_code.co_name, bool(sys._getframe().f_code.co_flags & 0x20), sys._getframe(1).f_code.co_name)
    for _ in [0]
)
print(frames)

# Closures over function locals, module globals and the loop variable of an outer loop.
K = 100


def closures(n):
    base = 10
    out = []
    for j in range(2):
        out.append(tuple(i + base + K + j for i in range(n)))
    return out


print(closures(3))


# A class body: only the first iterable sees the class namespace.
class Table:
    size = 3
    cells = list(c * 2 for c in range(size))


print(Table.cells)


# Shadowed or rebound names are called with the generator itself.
def local_shadow():
    tuple = lambda it: ("shadowed", type(it).__name__, list(it))
    return tuple(x for x in "ab")


print(local_shadow())
set = lambda it: ("module-level set", sorted(it))
print(set(x for x in [2, 1]))
del set
print(sorted(set(x for x in [2, 1, 2])))


class MyList(list):
    pass


print(MyList(x for x in range(3)), type(MyList(x for x in range(3))).__name__)

# Errors: in the first iterable (the caller's frame), inside the genexpr, and unhashable items.
try:
    list(x for x in 42)
except TypeError as e:
    print("TypeError:", e)
try:
    set([x] for x in range(2))
except TypeError as e:
    print("TypeError:", e)
try:
    tuple(1 // (x - 1) for x in range(3))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, e.__traceback__.tb_next.tb_frame.f_code.co_name)

# StopIteration raised inside becomes RuntimeError, chained, as a generator's does.
it = iter([1, 2])
try:
    tuple(next(it) for _ in range(5))
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__, e.__suppress_context__)


def gather_from_exhausted(items):
    source = iter(items)
    return list(
        next(source)
        for _ in range(len(items) + 1)
    )


print("uncaught next:")
gather_from_exhausted([7, 8])
