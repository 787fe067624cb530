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


def single_ops(a, b):
    out = []
    for f in (lambda: a / b, lambda: a < b, lambda: a >= b, lambda: a == b, lambda: a != b):
        try:
            out.append(f())
        except ZeroDivisionError as e:
            out.append(str(e))
    c = a
    try:
        c /= b
    except ZeroDivisionError as e:
        c = str(e)
    out.append(c)
    return out


nan = float("nan")
for a in (0, 3, -3, 2**53, 2**53 + 1, 10**20, 1.5, -0.0, nan, float("inf"), True):
    for b in (0, 2, -2.0, 0.0, 2**53 + 1, nan, float("-inf"), 7, False):
        print(repr(a), repr(b), single_ops(a, b))
    if a == 3:
        print(a < 3.5, a > 2.5, 3.0 == a, a != 3.0, a <= nan)


def branches(a, b):
    r = []
    if a < b:
        r.append("<")
    if a <= b:
        r.append("<=")
    if a == b:
        r.append("==")
    if a != b:
        r.append("!=")
    if a > b:
        r.append(">")
    if a >= b:
        r.append(">=")
    return " ".join(r)


for a in (0, 3, -3, 2**53 + 1, 1.5, 3.0, nan, float("inf"), True, 10**20):
    print([branches(a, b) for b in (3, 3.0, -2.5, nan, 2**53, 1e20, False)])
