# Positional calls that leave parameters to their defaults (the compact call path),
# beside the calls that must bind generically: keywords, too few or too many arguments,
# defaults replaced or removed at run time, keyword-only and variadic parameters.
def f(a, b=2, c=[]):
    c.append(a)
    return a, b, len(c)


print(f(1), f(1, 5), f(1, 5, []), f(2))
print(f(a=3), f(4, c=[0]))
try:
    f()
except TypeError as e:
    print("TypeError", e)
try:
    f(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
f.__defaults__ = (20, [9])
print(f(7), f(7, 8))
f.__defaults__ = None
try:
    f(7)
except TypeError as e:
    print("TypeError", e)
print(f(7, 8, []))
f.__defaults__ = ("only c",)
print(f(1, 2))
try:
    f(1)
except TypeError as e:
    print("TypeError", e)


def g(a, b=1, *, k=3):
    return a + b + k


print(g(1), g(1, 2), g(1, k=10))


def h(a=1, *rest):
    return a, rest


print(h(), h(5), h(5, 6))


class C:
    def m(self, x, scale=10):
        return x * scale

    def n(self, x=1, y=2):
        return self.m(x) + y


c = C()
print(c.m(2), c.m(2, 3), c.n(), c.n(5), C.m(c, 4))


def rec(n, acc=0):
    return acc if n == 0 else rec(n - 1, acc + n)


print(rec(100))


def deep(n=0):
    return deep(n + 1)


try:
    deep()
except RecursionError:
    print("RecursionError")


def broken(x, y=None):
    return x + y


broken(1)
