# dataclass order=True, frozen=True, FrozenInstanceError, hashing, unsafe_hash.
from dataclasses import dataclass, FrozenInstanceError, field


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)


vs = [Version(1, 2, 3, "c"), Version(1, 0), Version(0, 9, 9), Version(1, 2, 3, "a")]
print(sorted(vs))
print(Version(1, 2) < Version(1, 10), Version(2) >= Version(1, 99), Version(1, 2, 3, "x") == Version(1, 2, 3, "y"))
print(max(vs), min(vs))
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print(type(e).__name__, e)
print(Version.__hash__)


@dataclass(frozen=True)
class Point:
    x: int
    y: int

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)


p = Point(1, 2)
print(p, p.moved(3, 3), hash(p) == hash(Point(1, 2)), {p: "origin-ish"}[Point(1, 2)])
try:
    p.x = 10
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    del p.y
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    p.z = 0
except AttributeError as e:
    print(type(e).__name__, e, isinstance(e, FrozenInstanceError))
print(issubclass(FrozenInstanceError, AttributeError))
object.__setattr__(p, "x", 99)
print(p)
print(len({Point(0, 0), Point(0, 0), Point(0, 1)}))


@dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: str


hand = [Card(10, "h"), Card(2, "s"), Card(10, "c")]
print(sorted(hand), sorted(set(hand)) == sorted(hand))


@dataclass
class Mutable:
    v: int


try:
    hash(Mutable(1))
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(unsafe_hash=True)
class Hashed:
    v: int
    w: list = field(default_factory=list, hash=False)


print(hash(Hashed(3)) == hash(Hashed(3, [1])), Hashed(3) == Hashed(3, [1]))

try:
    @dataclass(order=True)
    class Clash:
        a: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print(type(e).__name__, e)

try:
    @dataclass(frozen=True)
    class FrozenChild(Mutable):
        w: int
except TypeError as e:
    print(type(e).__name__, e)

try:
    @dataclass(order=True, eq=False)
    class NoEq:
        a: int
except ValueError as e:
    print(type(e).__name__, e)
