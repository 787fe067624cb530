# IntEnum, IntFlag, Flag, StrEnum-like mixins: arithmetic, bit operations, membership.
from enum import IntEnum, Flag, IntFlag, auto, Enum


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


print(Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, Priority.LOW == 1, int(Priority.HIGH))
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]), Priority(5), [1, 2, 3][Priority.LOW])
print(str(Priority.LOW), repr(Priority.LOW), f"{Priority.HIGH}", format(Priority.HIGH, "03d"))
print(max(Priority), min(Priority).name, sum(Priority))


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE


print([(p.name, p.value) for p in Perm])
rw = Perm.READ | Perm.WRITE
print(rw, rw is Perm.RW, rw.value, Perm.READ in rw, Perm.EXEC in rw)
print(rw & Perm.WRITE, rw ^ Perm.READ, bool(Perm.READ & Perm.EXEC), Perm(0), bool(Perm(0)))
full = Perm.READ | Perm.WRITE | Perm.EXEC
print(full, full.value, ~Perm.READ, list(full))
print(Perm(5), Perm(5).name)
try:
    Perm["SUPER"]
except KeyError as e:
    print(type(e).__name__, e)


class Mode(IntFlag):
    R = 4
    W = 2
    X = 1


m = Mode.R | Mode.X
print(m, int(m), m == 5, Mode(7), Mode.R | 8, m & 4, repr(Mode.W))
print(Mode(0), list(Mode(6)), Mode.W in Mode(6))


class Weekday(Enum):
    MON = 1
    TUE = 2
    WED = 3

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.name.lower() == value.lower()[:3]:
                    return member
        return None


print(Weekday("Tuesday"), Weekday("wed"), Weekday(1))
try:
    Weekday("fri")
except ValueError as e:
    print(type(e).__name__, e)


class Size(Enum):
    S = 1
    M = 2
    L = 3

    def __str__(self):
        return self.name.lower() + "!"

    def next(self):
        members = list(type(self))
        i = members.index(self)
        return members[(i + 1) % len(members)]


print(Size.S, Size.L.next(), Size.M.next().next(), f"{Size.M}", [str(s) for s in Size])
print(Size.__members__.keys() == {"S": 0, "M": 0, "L": 0}.keys(), Size.S.__class__.__name__)
