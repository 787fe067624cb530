# isinstance/issubclass: tuples of classes, __instancecheck__/__subclasscheck__ on metaclasses,
# __subclasshook__ with ABCs, and errors for bad arguments.
from abc import ABC


class EvenMeta(type):
    def __instancecheck__(cls, obj):
        print("__instancecheck__", type(obj).__name__)
        return isinstance(obj, int) and obj % 2 == 0

    def __subclasscheck__(cls, sub):
        print("__subclasscheck__", sub.__name__)
        return issubclass(sub, int) and sub is not bool


class Even(metaclass=EvenMeta):
    pass


print(isinstance(4, Even), isinstance(3, Even), isinstance("x", Even))
print(issubclass(int, Even), issubclass(bool, Even), issubclass(str, Even))
print(isinstance(Even(), Even))
print(isinstance(6, (str, Even)))


class A:
    pass


class B(A):
    pass


class C:
    pass


print(isinstance(B(), A), isinstance(A(), B), isinstance(B(), (C, A)), issubclass(B, (C, (int, A))))
print(issubclass(B, B), issubclass(bool, int), isinstance(True, int), issubclass(A, object))
print(isinstance(A, type), isinstance(type, type), isinstance(type, object), issubclass(type, object))


class Quacks(ABC):
    @classmethod
    def __subclasshook__(cls, sub):
        if cls is Quacks:
            return any([hasattr(k, "quack") for k in sub.__mro__])
        return NotImplemented


class Duck:
    def quack(self):
        return "quack"


class Robot(Duck):
    pass


class Stone:
    pass


print(isinstance(Duck(), Quacks), issubclass(Robot, Quacks), isinstance(Stone(), Quacks))


class SpecialQuacker(Quacks):
    pass


print(issubclass(Stone, SpecialQuacker), issubclass(SpecialQuacker, Quacks))

for args in [(1, 1), (1, "int"), (int, 1)]:
    try:
        print(issubclass(*args))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    isinstance(1, ("str", int))
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(1, (int, "str")) if False else "short-circuit ok", isinstance(1, (int, "never checked")))


class FakeClass:
    def __init__(self):
        self.__class__ = A


class Pretender:
    @property
    def __class__(self):
        return B


print(isinstance(Pretender(), B), type(Pretender()).__name__, isinstance(Pretender(), Pretender))
print(isinstance(3, int | str), issubclass(bool, int | None), isinstance(None, int | None))
