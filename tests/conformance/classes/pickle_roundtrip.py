# pickle round trip of module-level class instances, including custom state hooks and nesting.
import pickle
from dataclasses import dataclass
from enum import Enum


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Session:
    def __init__(self, user):
        self.user = user
        self.connection = "open socket"
        self.history = [Point(0, 0)]

    def __getstate__(self):
        print("__getstate__")
        state = dict(self.__dict__)
        state.pop("connection")
        return state

    def __setstate__(self, state):
        print("__setstate__", sorted(state))
        self.__dict__.update(state)
        self.connection = "reconnected"


@dataclass
class Config:
    name: str
    values: list


class Mode(Enum):
    FAST = 1
    SAFE = 2


class Rebuilt:
    def __init__(self, a, b):
        print("Rebuilt.__init__", a, b)
        self.a, self.b = a, b

    def __reduce__(self):
        return (Rebuilt, (self.a, self.b))


class Slots:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a, self.b = a, b


for proto in [0, 2, pickle.HIGHEST_PROTOCOL]:
    p = Point(1, [2, 3])
    data = pickle.dumps(p, protocol=proto)
    q = pickle.loads(data)
    print(proto, q, q == p, q is p, type(data).__name__)

s = pickle.loads(pickle.dumps(Session("ann")))
print(s.user, s.connection, s.history)

c = pickle.loads(pickle.dumps(Config("cfg", [1, Mode.SAFE])))
print(c, c.values[1] is Mode.SAFE)

r = pickle.loads(pickle.dumps(Rebuilt(3, "x")))
print(r.a, r.b)

sl = pickle.loads(pickle.dumps(Slots(5, [6])))
print(sl.a, sl.b)

shared = Point(9, 9)
pair = pickle.loads(pickle.dumps([shared, shared, {"k": shared}]))
print(pair[0] is pair[1], pair[2]["k"] is pair[0], pair)


def make_local():
    class Local:
        pass
    return Local()


try:
    pickle.dumps(make_local())
except (AttributeError, pickle.PicklingError) as e:
    print(type(e).__name__, e)

try:
    pickle.dumps(lambda: 1)
except (AttributeError, pickle.PicklingError) as e:
    print(type(e).__name__, str(e).split(": ")[-1])
print(pickle.loads(pickle.dumps(Point)) is Point, pickle.loads(pickle.dumps(Mode.FAST)))
