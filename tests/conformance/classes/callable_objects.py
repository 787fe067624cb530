# __call__ on instances: counters, memoizers, callable classes used as decorators, callable().


class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *rest, scale=1):
        return (x + self.n + sum(rest)) * scale


add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder))
print(list(map(add5, [0, 10, 20])))


class Memo:
    def __init__(self, func):
        self.func = func
        self.cache = {}
        self.misses = 0
        self.__name__ = func.__name__

    def __call__(self, n):
        if n not in self.cache:
            self.misses += 1
            self.cache[n] = self.func(n)
        return self.cache[n]


@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.misses, fib.__name__, type(fib).__name__)


class CountCalls:
    def __init__(self, func):
        self.func = func
        self.count = 0

    def __call__(self, *args, **kwargs):
        self.count += 1
        return self.func(*args, **kwargs)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        def bound(*args, **kwargs):
            return self(obj, *args, **kwargs)
        return bound


class Greeter:
    def __init__(self, name):
        self.name = name

    @CountCalls
    def greet(self, other):
        return self.name + " greets " + other


g = Greeter("ann")
print(g.greet("bob"), g.greet("cid"), Greeter.greet.count)


class NotCallable:
    pass


try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)


class Weird:
    pass


w = Weird()
w.__call__ = lambda: "instance attribute"
print(callable(w))
try:
    w()
except TypeError as e:
    print(type(e).__name__, e)
Weird.__call__ = lambda self: "class attribute"
print(w(), callable(w))


class Pipeline:
    def __init__(self, *steps):
        self.steps = steps

    def __call__(self, value):
        for step in self.steps:
            value = step(value)
        return value


p = Pipeline(str.strip, str.upper, Adder, )
made = p("  hi  ")
print(type(made).__name__, made.n)
try:
    made(1)
except TypeError as e:
    print(type(e).__name__, e)
p2 = Pipeline(str.strip, len, Adder(100), Adder(-1))
print(p2("  hello "))
print(sorted(["bbb", "a", "cc"], key=Pipeline(len, Adder(0))))
