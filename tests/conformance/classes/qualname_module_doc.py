# __qualname__ of nested classes and methods, __module__, __doc__, __name__ of various objects.
"""Module docstring for qualname test."""


class Outer:
    """Outer docstring."""

    class Inner:
        """Inner docstring."""

        class Deepest:
            def method(self):
                pass

        def inner_method(self):
            """Method docstring."""
            def local():
                pass
            return local

    def outer_method(self):
        class InMethod:
            def m(self):
                pass
        return InMethod

    @staticmethod
    def static():
        pass

    @classmethod
    def cls_method(cls):
        pass

    @property
    def prop(self):
        """Property docstring."""
        return 1

    lam = lambda self: None


def factory():
    class Made:
        pass
    return Made


print(__doc__)
print(__name__)
print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__)
print(Outer.Inner.Deepest.method.__qualname__, Outer.Inner.inner_method.__qualname__)
print(Outer.Inner().inner_method().__qualname__, Outer.Inner().inner_method().__name__)
IM = Outer().outer_method()
print(IM.__qualname__, IM.m.__qualname__, IM.__name__)
print(Outer.static.__qualname__, Outer.cls_method.__qualname__, Outer.prop.fget.__qualname__, Outer.lam.__qualname__)
print(factory().__qualname__, factory.__qualname__)
print(Outer.__module__, Outer.Inner.__module__, Outer.outer_method.__module__, IM.__module__)
print(Outer.__doc__, Outer.Inner.__doc__, Outer.Inner.inner_method.__doc__, Outer.prop.__doc__)
print(Outer.Inner.Deepest.__doc__, Outer.outer_method.__doc__, factory.__doc__)
print(Outer.__name__, Outer.Inner.Deepest.__name__, Outer.Inner.Deepest.method.__name__)


class Renamed:
    pass


Renamed.__name__ = "NewName"
Renamed.__qualname__ = "Some.Qual"
Renamed.__module__ = "fake.module"
print(Renamed.__name__, Renamed.__qualname__, Renamed.__module__)
try:
    Renamed.__qualname__ = 5
except TypeError as e:
    print(type(e).__name__, e)

print(int.__module__, int.__qualname__, str.upper.__qualname__, dict.fromkeys.__qualname__)


class WithDocAttr:
    __doc__ = "set as class attribute"


print(WithDocAttr.__doc__, WithDocAttr().__doc__)


class NotADoc:
    x = 1
    """This string is not the docstring."""


print(NotADoc.__doc__)
print(Outer.Inner.Deepest().method.__qualname__, type(Outer.Inner.Deepest()).__qualname__)
