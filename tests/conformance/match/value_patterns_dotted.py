# Value patterns: dotted names (enum members, class attributes, module constants) compared with ==.
import enum
import math
import string


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


class Status(enum.IntEnum):
    OK = 200
    NOT_FOUND = 404


class Limits:
    LOW = 10
    HIGH = 100

    class Nested:
        DEEP = "deep value"


def paint(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case _:
            return f"unknown {c!r}"


for c in [Color.RED, Color.GREEN, Color.BLUE, 1, "RED"]:
    print(f"{c!r:>18} -> {paint(c)}")


def status_text(code):
    match code:
        case Status.OK:
            return "ok"
        case Status.NOT_FOUND:
            return "missing"
        case _:
            return "other"


# IntEnum members compare equal to plain ints
for code in [200, 404, Status.OK, 500]:
    print(code, "->", status_text(code))

for v in [10, 100, 10.0, "deep value", 50]:
    match v:
        case Limits.LOW:
            print(v, "-> LOW")
        case Limits.HIGH:
            print(v, "-> HIGH")
        case Limits.Nested.DEEP:
            print(v, "-> Nested.DEEP")
        case _:
            print(v, "-> none")

# module attributes
for v in [math.pi, 3.14, string.digits, "abc"]:
    match v:
        case math.pi:
            print("matched math.pi")
        case string.digits:
            print("matched string.digits")
        case _:
            print(repr(v), "not a module constant")

# value patterns are looked up at match time, not definition time
def check_low(v):
    match v:
        case Limits.LOW:
            return True
    return False

print("before change:", check_low(10), check_low(20))
Limits.LOW = 20
print("after change:", check_low(10), check_low(20))

# value pattern inside an or-pattern and a sequence
for v in [[Color.RED, Color.BLUE], [Color.GREEN, 5], [Color.BLUE, Color.BLUE]]:
    match v:
        case [Color.RED | Color.GREEN, second]:
            print(v[0].name, "then", second)
        case [Color.BLUE, Color.BLUE]:
            print("double blue")

# attribute lookup that fails raises AttributeError at match time
class Empty:
    pass

try:
    match 1:
        case Empty.MISSING:
            pass
except AttributeError as e:
    print("AttributeError:", e)
