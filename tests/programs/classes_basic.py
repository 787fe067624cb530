# Classes: methods, attributes, inheritance, super(), properties, class/static methods,
# dunder methods and operator overloading, class attributes, decorators, metaclasses.
import dataclasses
import enum
import functools


class Vector:
    """A 2-d vector."""
    dims = 2

    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __radd__(self, other):
        return self if other == 0 else NotImplemented

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __iadd__(self, other):
        self.x += other.x
        self.y += other.y
        return self

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y

    @classmethod
    def zero(cls):
        return cls(0, 0)

    @staticmethod
    def describe():
        return "vectors add"


v = Vector(1, 2) + Vector(3, 4)
v += Vector(1, 1)
print(v, v * 2, 3 * v, sum([Vector(1, 1), Vector(2, 2)]), v.norm2, Vector.zero(), Vector.describe())
print(v == Vector(5, 7), len(v), list(v), v[1], Vector.__doc__, Vector.__name__, Vector.__qualname__)
print(Vector.__init__.__qualname__, Vector.dims, v.dims, type(v).__name__, Vector.__module__)


class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def __str__(self):
        return f"<{type(self).__name__} {self.name}>"


class Dog(Animal):
    sound = "woof"

    def __init__(self, name, tricks=()):
        super().__init__(name)
        self.tricks = list(tricks)

    def speak(self):
        return super().speak() + "!"


class Puppy(Dog):
    def speak(self):
        base = super().speak()
        return base.upper()


animals = [Animal("generic"), Dog("rex", ["sit"]), Puppy("bit")]
for a in animals:
    print(a.speak(), str(a), isinstance(a, Dog), issubclass(type(a), Animal))
print(Puppy.__mro__[1].__name__, Dog("a").tricks, Puppy.__bases__[0].__name__)


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["created_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        cls.extra = kw.get("flag")
        return cls


class WithMeta(metaclass=Meta, flag=42):
    pass


print(WithMeta.created_by, WithMeta.extra, type(WithMeta).__name__)


class Base:
    registry = []

    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Base.registry.append((cls.__name__, tag))


class A(Base, tag="a"):
    pass


class B(Base):
    pass


print(Base.registry)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


s = Slotted()
try:
    s.c = 3
except AttributeError as e:
    print("slots:", e)
print(s.a, hasattr(s, "b"))


@dataclasses.dataclass(order=True)
class Point:
    x: int
    y: int = 0

    def dist(self):
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p, p.dist(), p < Point(4), dataclasses.asdict(p), Point.__annotations__)


class Color(enum.Enum):
    RED = 1
    GREEN = 2

    def label(self):
        return self.name.lower()


print(Color.RED, Color(2).label(), list(Color)[1])


@functools.total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, o):
        return self.n == o.n

    def __lt__(self, o):
        return self.n < o.n


print(Version(1) <= Version(2), Version(3) >= Version(2), sorted([Version(2), Version(1)], key=lambda v: v.n)[0].n)


def make_class(k):
    class Local:
        value = k

        def get(self):
            return self.value * k

    return Local


L = make_class(3)
print(L().get(), L.__qualname__)


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1
        self.__secret = Counter.count

    def secret(self):
        return self.__secret


c1, c2 = Counter(), Counter()
print(Counter.count, c2.secret(), c2._Counter__secret, "__secret" in vars(c2))
try:
    Vector(1) + 5
except AttributeError as e:
    print("error:", e)
try:
    Vector()
except TypeError as e:
    print(e)
