# abc.ABC and abstractmethod: TypeError on instantiation, abstract properties, register().
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} area={self.area()} perimeter={self.perimeter()}"


try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)


class Half(Shape):
    def area(self):
        return 1


try:
    Half()
except TypeError as e:
    print(type(e).__name__, e)


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


print(Rect(2, 3).describe())
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Rect.__abstractmethods__)


class Named(ABC):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...


class Impl(Named):
    @property
    def name(self):
        return "impl"

    @classmethod
    def make(cls):
        return cls()


print(Impl.make().name)
try:
    Named()
except TypeError as e:
    print(type(e).__name__, e)


class Base(metaclass=ABCMeta):
    @abstractmethod
    def run(self):
        return "base run"


class Runner(Base):
    def run(self):
        return "runner + " + super().run()


print(Runner().run(), type(Base).__name__)


class Sized(ABC):
    @abstractmethod
    def __len__(self):
        ...


Sized.register(list)
Sized.register(str)
print(isinstance([], Sized), issubclass(str, Sized), isinstance(3, Sized), Sized in list.__mro__)


@Sized.register
class Custom:
    def __len__(self):
        return 0


print(isinstance(Custom(), Sized), Custom.__name__)

from collections.abc import Iterable, Mapping


class MyIter:
    def __iter__(self):
        return iter([])


print(isinstance(MyIter(), Iterable), isinstance({}, Mapping), isinstance(MyIter(), Mapping))
