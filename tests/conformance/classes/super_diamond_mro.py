# Cooperative super() through diamond and multi-level hierarchies; __mro__ by name.


def names(cls):
    return [c.__name__ for c in cls.__mro__]


class Root:
    def __init__(self, trace):
        trace.append("Root")

    def hello(self):
        return ["Root"]


class Left(Root):
    def __init__(self, trace):
        trace.append("Left>")
        super().__init__(trace)
        trace.append("<Left")

    def hello(self):
        return ["Left"] + super().hello()


class Right(Root):
    def __init__(self, trace):
        trace.append("Right>")
        super().__init__(trace)
        trace.append("<Right")

    def hello(self):
        return ["Right"] + super().hello()


class Bottom(Left, Right):
    def __init__(self, trace):
        trace.append("Bottom>")
        super().__init__(trace)
        trace.append("<Bottom")

    def hello(self):
        return ["Bottom"] + super().hello()


t = []
b = Bottom(t)
print(t)
print(b.hello())
print(names(Bottom))


class Other(Right, Left):
    def hello(self):
        return ["Other"] + super().hello()


print(names(Other), Other([]).hello())


class A:
    def f(self):
        return "A"


class B(A):
    def f(self):
        return "B" + super().f()


class C(A):
    def f(self):
        return "C" + super().f()


class D(B, C):
    def f(self):
        return "D" + super().f()


class E(C):
    def f(self):
        return "E" + super().f()


class F(D, E):
    def f(self):
        return "F" + super().f()


print(F().f(), names(F))
print(D().f(), E().f())
print(super(B, F()).f(), super(C, F()).f())

try:
    class Conflict(B, D):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class X:
    pass


class Y:
    pass


class XY(X, Y):
    pass


class YX(Y, X):
    pass


try:
    class Impossible(XY, YX):
        pass
except TypeError as e:
    print(type(e).__name__, e)

print(names(XY), names(YX), [c.__name__ for c in XY.mro()])
