# Arithmetic over locals takes the same result, type and error whatever the operands:
# small and big ints, bools, floats, mixed, subclasses, overflow, zero division.
import sys


class MyInt(int):
    def __add__(self, other):
        return "MyInt.__add__"


class MyFloat(float):
    pass


def poly(i, j):
    return (i + j) * (i + j + 1) // 2 + i + 1


def mods(a, b):
    return (a % b, a // b, -a // b, -a % b, a * b - a // b)


def floaty(x, y):
    return x * x + y * y - x / y + -x


def mixed(x, k):
    return (x + k) * 2 - k / 4


values = [0, 1, -1, 7, -7, 2**15, 2**30 - 1, 2**30, -2**30, 2**31, 2**60, 2**62, 2**63, -2**63, 10**30,
          True, False, 3.5, -0.0, 1e308, MyInt(5), MyFloat(2.5)]
for a in values:
    for b in values:
        for fn in (poly, mods, floaty, mixed):
            try:
                r = fn(a, b)
                print(fn.__name__, repr(a), repr(b), "->", repr(r), type(r).__name__ if not isinstance(r, tuple) else "")
            except (ZeroDivisionError, OverflowError, TypeError) as e:
                print(fn.__name__, repr(a), repr(b), "!", type(e).__name__, e)


def unbound(flag):
    if flag:
        z = 1
    return z * 2 + z


print(unbound(True))
x = 2**63 - 1


def big(n):
    return n * n * n + n


print(big(x), big(-x), big(12345), big(2**21))
print(unbound(False))
