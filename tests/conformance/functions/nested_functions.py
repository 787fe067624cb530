# Nested function definitions and their qualified names.

def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle


print(outer(1)(2)(3))
print(outer(1).__name__, outer(1).__qualname__)
print(outer(1)(2).__qualname__)


def make_ops():
    def add(x, y):
        return x + y

    def sub(x, y):
        return x - y

    def apply(op, x, y):
        return op(x, y)

    return apply, add, sub


apply, add, sub = make_ops()
print(apply(add, 5, 3), apply(sub, 5, 3))
print(apply.__qualname__, add.__qualname__)


def redefine(flag):
    if flag:
        def pick():
            return "first"
    else:
        def pick():
            return "second"
    return pick()


print(redefine(True), redefine(False))


def counter_factory():
    def helper():
        return helper.calls
    helper.calls = 0

    def call():
        helper.calls += 1
        return helper()
    return call


c = counter_factory()
print(c(), c(), c())


class Box:
    def method(self):
        def local():
            return "inside method"
        return local

    class Inner:
        def deep(self):
            def deeper():
                pass
            return deeper


print(Box().method().__qualname__, Box().method()())
print(Box.Inner().deep().__qualname__)
print(Box.Inner.deep.__qualname__, Box.Inner.__qualname__)


def recurse_inner(n):
    def step(k):
        if k == 0:
            return []
        return [k] + step(k - 1)
    return step(n)


print(recurse_inner(6))


def each_call_new():
    def f():
        pass
    return f


f1, f2 = each_call_new(), each_call_new()
print(f1 is f2, f1 == f2, f1.__code__ is f2.__code__)
print(outer.__code__.co_cellvars, outer(0).__code__.co_freevars, outer(0).__code__.co_cellvars)
