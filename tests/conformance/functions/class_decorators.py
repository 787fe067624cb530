# Class-based decorators (callable instances) and decorating classes.

class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.fn(*args, **kwargs)


@CountCalls
def square(n):
    return n * n


print(square(3), square(4), square.calls)
print(type(square).__name__, square.fn.__name__)


class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]


@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(50), len(fib.cache))


class Tagged:
    def __init__(self, label):
        self.label = label

    def __call__(self, fn):
        def wrapper(*a):
            return f"{self.label}:{fn(*a)}"
        return wrapper


@Tagged("info")
def message(text):
    return text.upper()


print(message("hello"))


def add_repr(cls):
    def __repr__(self):
        fields = ", ".join([f"{k}={v!r}" for k, v in vars(self).items()])
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls


def singleton(cls):
    instances = {}

    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get


@add_repr
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


print(Point(1, 2), [Point(3, "z")])


@singleton
class Config:
    def __init__(self, name):
        self.name = name


a = Config("first")
b = Config("second")
print(a is b, a.name, b.name)


class MethodDeco:
    """Class-based decorator as a descriptor so it works on methods."""

    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        def bound(*a):
            return ("decorated", self.fn(obj, *a))
        return bound


class Widget:
    def __init__(self, size):
        self.size = size

    @MethodDeco
    def grow(self, by):
        return self.size + by


w = Widget(5)
print(w.grow(3), type(Widget.grow).__name__)

try:
    square(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
