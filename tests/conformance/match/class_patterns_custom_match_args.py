# Custom __match_args__ on plain classes: attribute lookup order, properties, getattr side effects, inheritance.

lookups = []


class Vector:
    __match_args__ = ("dx", "dy")

    def __init__(self, dx, dy):
        self._dx, self._dy = dx, dy

    @property
    def dx(self):
        lookups.append("dx")
        return self._dx

    @property
    def dy(self):
        lookups.append("dy")
        return self._dy

    @property
    def length2(self):
        lookups.append("length2")
        return self._dx ** 2 + self._dy ** 2


def kind(v):
    match v:
        case Vector(0, 0):
            return "zero vector"
        case Vector(dx, 0):
            return f"horizontal {dx}"
        case Vector(0, dy):
            return f"vertical {dy}"
        case Vector(dx, dy, length2=25):
            return f"length five ({dx},{dy})"
        case Vector():
            return "other vector"


for v in [Vector(0, 0), Vector(3, 0), Vector(0, -2), Vector(3, 4), Vector(1, 1)]:
    print(f"({v._dx},{v._dy}) -> {kind(v)}")

# a successful class pattern looks up positional attributes first, then keywords, in order
lookups.clear()
match Vector(6, 8):
    case Vector(a, b, length2=sq):
        print("matched", a, b, sq, "lookups:", lookups)


class Dynamic:
    """Attributes provided by __getattr__ are found by class patterns too."""

    __match_args__ = ("anything",)

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return f"<{name}>"


match Dynamic():
    case Dynamic(first, other=second):
        print("dynamic:", first, second)


class Base:
    __match_args__ = ("a",)

    def __init__(self, a, b=None):
        self.a, self.b = a, b


class Child(Base):
    __match_args__ = ("b", "a")


class Inherits(Base):
    pass


for obj in [Base(1, 2), Child(1, 2), Inherits(1, 2)]:
    match obj:
        case Child(first, second):
            print(type(obj).__name__, "Child pattern:", first, second)
        case Base(first):
            print(type(obj).__name__, "Base pattern:", first)

# a class pattern matches by isinstance, so subclasses match base patterns
match Child(10, 20):
    case Base(x):
        print("Child matched Base(x); Base.__match_args__ is used, x =", x)

# __match_args__ entries that are missing on the instance make the pattern fail
class Partial:
    __match_args__ = ("present", "absent")

    def __init__(self):
        self.present = "here"

match Partial():
    case Partial(p, a):
        print("not reached")
    case Partial(p):
        print("only the first positional:", p)

# __match_args__ may be an empty tuple
class Nothing:
    __match_args__ = ()

try:
    match Nothing():
        case Nothing(x):
            pass
except TypeError as e:
    print("TypeError:", e)

# non-string entry in __match_args__
class BadEntry:
    __match_args__ = ("ok", 5)
    ok = 1

try:
    match BadEntry():
        case BadEntry(a, b):
            pass
except TypeError as e:
    print("TypeError:", e)
