# functools.partial objects.
from functools import partial


def power(base, exp, *, mod=None):
    r = base ** exp
    return r if mod is None else r % mod


square = partial(power, exp=2)
cube = partial(power, exp=3)
two_to = partial(power, 2)
mod7 = partial(power, mod=7)

print(square(9), cube(3), two_to(10), mod7(3, 4))
print(square.func is power, square.args, square.keywords)
print(two_to.args, two_to.keywords)
print(type(square).__name__)
print(square(4, exp=3))
print(two_to(exp=5))

try:
    square(2, 3)
except TypeError as e:
    print(type(e).__name__, e)

nested = partial(partial(power, 3), mod=5)
print(nested(4), nested.func is power, nested.args, nested.keywords)


def record(*args, **kwargs):
    return args, kwargs


p = partial(record, 1, 2, a="A")
print(p())
print(p(3, b="B"))
print(p(a="override"))

int_base2 = partial(int, base=2)
print(int_base2("1011"), int_base2("111", base=8))

words = ["pear", "fig", "banana", "kiwi"]
by_len = partial(sorted, key=len)
print(by_len(words))
print(list(map(partial(power, exp=2), range(6))))

p.attr = "set"
print(p.attr)


class Greeter:
    def greet(self, greeting, name):
        return f"{greeting}, {name}"


g = Greeter()
hello = partial(g.greet, "Hello")
print(hello("World"))
print(partial(Greeter.greet, g, "Hey")("you"))
try:
    partial()
except TypeError as e:
    print(type(e).__name__, e)
try:
    partial(5)
except TypeError as e:
    print(type(e).__name__, e)
