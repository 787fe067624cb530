# Objects with __call__ used like functions.

class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *more, scale=1):
        return (x + self.n + sum(more)) * scale


class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs

    def __call__(self, x):
        result = 0
        for c in self.coeffs:
            result = result * x + c
        return result

    def __repr__(self):
        return f"Polynomial{self.coeffs}"


add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10))
print(callable(add5), callable(Adder), callable(Adder.__call__))
print(list(map(add5, [0, 10, 20])))
p = Polynomial(1, 0, -2)
print(p, [p(x) for x in range(-2, 3)])
print(sorted([3, -1, 2], key=Polynomial(1, 0)))

try:
    add5()
except TypeError as e:
    print(type(e).__name__, e)


class NotCallable:
    pass


try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
try:
    five = 5
    five()
except TypeError as e:
    print(type(e).__name__, e)
try:
    text = "text"
    text(1)
except TypeError as e:
    print(type(e).__name__, e)


class Pipeline:
    def __init__(self):
        self.steps = []

    def __call__(self, fn):
        self.steps.append(fn)
        return fn

    def run(self, value):
        for step in self.steps:
            value = step(value)
        return value


pipe = Pipeline()


@pipe
def strip(s):
    return s.strip()


@pipe
def title(s):
    return s.title()


print(repr(pipe.run("  hello world  ")), len(pipe.steps))
print(strip("  x "), title("ab cd"))


class CallViaClassAttr:
    pass


CallViaClassAttr.__call__ = lambda self, v: v * 2
obj = CallViaClassAttr()
print(obj(21))
obj.__call__ = lambda v: "instance attr ignored"
print(obj(4))


class Meta(type):
    def __call__(cls, *args):
        return ("intercepted", cls.__name__, args)


class Built(metaclass=Meta):
    pass


print(Built(1, 2))
