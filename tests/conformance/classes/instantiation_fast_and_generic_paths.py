# Calling a class: plain classes with a compiled __init__ (the direct path) beside every
# case that must take type.__call__'s generic path, with the same results and errors.
import abc
import sys


class Point:
    def __init__(self, x, y=0, *rest, scale=1, **extra):
        self.x, self.y = x * scale, y * scale
        self.rest, self.extra = rest, extra


p = Point(1, 2)
print(p.x, p.y, p.rest, p.extra)
p = Point(3)
print(p.x, p.y)
p = Point(1, 2, 3, 4, scale=10, tag="t")
print(p.x, p.y, p.rest, p.extra)
p = Point(*[5, 6], **{"scale": 2})
print(p.x, p.y)
for bad in [(), (1, 2), ]:
    try:
        Point(*bad, nope=1)
    except TypeError as e:
        print("TypeError", e)
try:
    Point()
except TypeError as e:
    print("TypeError", e)


class ReturnsValue:
    def __init__(self):
        return 42


try:
    ReturnsValue()
except TypeError as e:
    print("TypeError", e)


class Raises:
    def __init__(self, n):
        if n:
            raise ValueError("bad %d" % n)


print(type(Raises(0)).__name__)
try:
    Raises(3)
except ValueError as e:
    print("ValueError", e)


class Base(abc.ABC):
    def __init__(self):
        self.ok = True

    @abc.abstractmethod
    def run(self):
        pass


class Concrete(Base):
    def run(self):
        return "ran"


try:
    Base()
except TypeError as e:
    print("TypeError", e)
print(Concrete().run(), Concrete().ok)


class WithNew:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)

    def __init__(self, *args):
        print("init", args)


WithNew(1, 2)


class NewReturnsOther:
    def __new__(cls, v):
        return v

    def __init__(self, v):
        print("never called")


print(NewReturnsOther(7))


class Meta(type):
    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args, kwargs)
        return super().__call__(*args, **kwargs)


class Managed(metaclass=Meta):
    def __init__(self, a, b=2):
        self.total = a + b


print(Managed(1, b=5).total)


class MyList(list):
    def __init__(self, items, label):
        super().__init__(items)
        self.label = label


m = MyList([3, 1, 2], "L")
print(sorted(m), m.label, len(m))


class MyError(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code


try:
    raise MyError(5)
except MyError as e:
    print(e, e.code, e.args)


class NoInit:
    pass


print(type(NoInit()).__name__)
try:
    NoInit(1)
except TypeError as e:
    print("TypeError", e)


class InitFromBuiltinWrapper:
    __init__ = object.__init__


try:
    InitFromBuiltinWrapper(1)
except TypeError as e:
    print("TypeError", e)


def external_init(self, v):
    self.v = v


class Assigned:
    __init__ = external_init


print(Assigned(9).v)


class Rebound:
    def __init__(self):
        self.which = "first"


def second(self):
    self.which = "second"


print(Rebound().which)
Rebound.__init__ = second
print(Rebound().which)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a, self.b = a, b


s = Slotted(1, 2)
print(s.a + s.b)


class Child(Point):
    pass


c = Child(2, 3, scale=3)
print(type(c).__name__, c.x, c.y)


class Node:
    def __init__(self, depth):
        self.child = Node(depth - 1) if depth else None


depth = 0
n = Node(50)
while n is not None:
    depth += 1
    n = n.child
print("depth", depth)
try:
    Node(10 ** 6)
except RecursionError as e:
    print("RecursionError", str(e)[:40])

made = [Point(i, i) for i in range(1000)]
print(sum(q.x + q.y for q in made), sys.getrefcount(Point) > 1)


class Broken:
    def __init__(self, a):
        self.a = a.missing


Broken(1)
