# enum.Enum: members, values, lookup by value and name, iteration, aliases, auto, methods.
from enum import Enum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f"{self.name.lower()}={self.value}"

    @classmethod
    def from_name(cls, text):
        return cls[text.upper()]

    @property
    def is_warm(self):
        return self is Color.RED


print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value)
print(list(Color), len(Color))
print(Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, Color.CRIMSON.name)
print(list(Color.__members__), Color.__members__["CRIMSON"])
print(Color.RED.describe(), Color.from_name("green"), Color.RED.is_warm, Color.BLUE.is_warm)
print(isinstance(Color.RED, Color), type(Color.RED).__name__, Color.RED == 1, Color.RED in Color)
print({Color.RED: "r", Color.GREEN: "g"}[Color.CRIMSON])
print(f"{Color.RED}|{Color.RED!r}|{Color.RED.value:>4}|")

for bad in [4, "RED"]:
    try:
        Color(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    Color["PURPLE"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Color.RED.value = 5
except AttributeError as e:
    print(type(e).__name__, e)


class Status(Enum):
    PENDING = auto()
    ACTIVE = auto()
    DONE = auto()


print([(s.name, s.value) for s in Status])


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def density_rank(self):
        return round(self.mass / self.radius ** 3 / 1e3, 3)


print(Planet.EARTH.mass, Planet.MERCURY.radius, Planet.EARTH.density_rank, Planet((5.976e24, 6.37814e6)))

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(type(e).__name__, e)

try:
    class Extended(Color):
        PURPLE = 4
except TypeError as e:
    print(type(e).__name__, e)


class Named(str, Enum):
    NORTH = "n"
    SOUTH = "s"


print(Named.NORTH == "n", Named("s"), Named.NORTH.upper(), sorted(Named, key=lambda m: m.value))

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3))
Shape = Enum("Shape", [("SQUARE", 4), ("TRIANGLE", 3)])
print(Shape.TRIANGLE, Shape(4).name)


class Ordered(Enum):
    LOW = 1
    HIGH = 2

    def __lt__(self, other):
        return self.value < other.value


print(sorted([Ordered.HIGH, Ordered.LOW]), max(Ordered.LOW, Ordered.HIGH))
