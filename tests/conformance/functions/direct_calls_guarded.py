# Calls the compiler guesses (module-level defs, methods of the module's classes) must
# behave as plain calls when the guess is wrong: rebound names, overrides, patched
# methods, changed defaults, frames and tracebacks, recursion limits.
import sys


def add(a, b=10):
    return a + b


def show(tag):
    return "%s:%s" % (tag, sys._getframe(1).f_code.co_name)


def caller():
    return add(1), add(1, 2), show("from")


print(caller())

saved = add


def other(a, b=0):
    return ("other", a, b)


add = other
print(caller())
add = saved
print(caller())

saved.__defaults__ = (100,)
print(add(1))
saved.__defaults__ = None
try:
    print(add(1))
except TypeError as e:
    print("TypeError:", e)
saved.__defaults__ = (10,)


class Shape:
    def area(self):
        return 0

    def describe(self):
        return "%s %s" % (type(self).__name__, self.area())


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class Circle(Shape):
    def area(self, scale=1):
        return 3 * scale


for shape in [Shape(), Square(3), Circle()]:
    print(shape.describe(), shape.area())

Square.area = lambda self: -1
print(Square(2).describe())
sq = Square(5)
sq.area = lambda: "instance attribute"
print(sq.describe())


class Static:
    @staticmethod
    def area():
        return "static"


print(Static().area())


def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


print(depth(500))
try:
    depth(100000)
except RecursionError as e:
    print("RecursionError:", e)


def fails(x):
    return 1 // x


def outer(x):
    return fails(x)


def frames():
    try:
        outer(0)
    except ZeroDivisionError as e:
        tb = e.__traceback__
        names = []
        while tb is not None:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        return names


print(frames())
# the frame object outlives the call: its locals stay readable
keep = []


def keeps(a):
    b = a * 2
    keep.append(sys._getframe())
    return b


print(keeps(21), keep[0].f_locals)


def replaces_itself():
    global replaces_itself

    def replacement():
        return "replacement"

    replaces_itself = replacement
    return "original"


print(replaces_itself(), replaces_itself())
outer(0)
