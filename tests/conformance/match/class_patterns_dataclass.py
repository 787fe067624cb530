# Class patterns with dataclasses: generated __match_args__, positional and keyword sub-patterns, nesting, isinstance checks.
from dataclasses import dataclass, field


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Circle:
    center: Point
    radius: float = 1.0


@dataclass
class Labeled:
    label: str
    secret: str = field(default="hidden", init=True)
    computed: int = field(default=0, init=False)


@dataclass(match_args=False)
class NoArgs:
    a: int


@dataclass
class Point3D(Point):
    z: int = 0


print("Point.__match_args__:", Point.__match_args__)
print("Circle.__match_args__:", Circle.__match_args__)
print("Labeled.__match_args__:", Labeled.__match_args__)
print("NoArgs has __match_args__:", hasattr(NoArgs, "__match_args__"))
print("Point3D.__match_args__:", Point3D.__match_args__)


def where(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on the y axis at {y}"
        case Point(x=0) | Point(y=0):
            return "on the x axis"
        case Point3D(x, y, z):
            return f"3D point {x},{y},{z}"
        case Point(x, y) if x == y:
            return f"diagonal at {x}"
        case Point():
            return "some point"
        case Circle(Point(0, 0), r):
            return f"circle at origin, r={r}"
        case Circle(center=Point(x=cx), radius=1.0):
            return f"unit circle with center x={cx}"
        case Circle(c, r):
            return f"circle {c} r={r}"
        case _:
            return "unknown"


shapes = [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2),
          Point3D(1, 2, 3), Point3D(0, 0, 9), Circle(Point(0, 0), 4), Circle(Point(7, 1)),
          Circle(Point(1, 1), 2.5), (0, 0), "Point(0, 0)"]
for s in shapes:
    print(f"{s!r:>40} -> {where(s)}")

match Labeled("name", "s3cr3t"):
    case Labeled(lbl, sec, computed=comp):
        print("two positional + keyword:", lbl, sec, comp)

try:
    match Labeled("name"):
        case Labeled(lbl, sec, comp):
            pass
except TypeError as e:
    print("TypeError:", e)

match Labeled("tag"):
    case Labeled(label=lbl, computed=0):
        print("keyword on init=False field:", lbl)

match NoArgs(5):
    case NoArgs(a=val):
        print("keyword works without __match_args__:", val)

try:
    match NoArgs(5):
        case NoArgs(val):
            pass
except TypeError as e:
    print("TypeError:", e)

# keyword pattern for an attribute that does not exist just fails to match
match Point(1, 2):
    case Point(z=_):
        print("not reached")
    case Point(x=1, y=2):
        print("missing attribute made the first case fail")

# positional and keyword mixed
match Point3D(4, 5, 6):
    case Point3D(4, y, z=zz):
        print("mixed:", y, zz)
