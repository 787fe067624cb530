# __slots__: allowed and rejected attributes, inheritance, __dict__ in slots, descriptors.


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"))
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)

del p.y
try:
    print(p.y)
except AttributeError as e:
    print(type(e).__name__, e)
p.y = 7
print(p.y)

print(type(Point.__dict__["x"]).__name__, Point.__slots__)


class Point3(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


q = Point3(1, 2, 3)
print(q.x, q.y, q.z, hasattr(q, "__dict__"))
try:
    q.w = 0
except AttributeError as e:
    print(type(e).__name__, e)


class Loose(Point):
    pass


r = Loose(5, 6)
r.extra = "ok"
print(r.extra, sorted(vars(r)))


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, vars(w))


class Single:
    __slots__ = "only"


s = Single()
s.only = "one"
print(s.only, Single.__slots__)

try:
    class Conflict:
        __slots__ = ("v",)
        v = 5
except ValueError as e:
    print(type(e).__name__, e)

empty = Point.__new__(Point)
try:
    empty.x
except AttributeError as e:
    print(type(e).__name__, e)


class Frozenish:
    __slots__ = ()

    def value(self):
        return 42


f = Frozenish()
print(f.value())
try:
    f.anything = 1
except AttributeError as e:
    print(type(e).__name__, e)
