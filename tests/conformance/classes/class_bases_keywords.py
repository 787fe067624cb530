# Class statement with bases, keyword arguments and star-expansion of bases.

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.received = dict(sorted(kw.items()))
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.init_kw_count = len(kw)


class Base:
    tag = "base"

    def who(self):
        return "Base.who"


class Mixin:
    def mix(self):
        return "Mixin.mix on " + type(self).__name__


class A(Base, Mixin, metaclass=Meta, color="red", size=3):
    pass


print(A.received, A.init_kw_count)
print([c.__name__ for c in A.__mro__])
print([c.__name__ for c in A.__bases__])
print(A().who(), A().mix(), A.tag)

bases = (Mixin, Base)
opts = {"metaclass": Meta, "flavour": "mint"}


class B(*bases, **opts):
    tag = "B"


print(B.received, B.init_kw_count)
print([c.__name__ for c in B.__mro__])
print(type(B).__name__, type(A).__name__, type(Base).__name__)


class Empty:
    pass


print(Empty.__bases__[0].__name__, Empty.__mro__[-1] is object)


def make(n):
    class Local(Base):
        number = n

        def who(self):
            return "Local.who " + str(self.number)
    return Local


L1, L2 = make(1), make(2)
print(L1().who(), L2().who(), L1 is L2, L1.__name__ == L2.__name__)

try:
    class Bad(Base, Base):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Bad2(int, str):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Bad3(Base, unexpected=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
