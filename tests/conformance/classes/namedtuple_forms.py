# collections.namedtuple and typing.NamedTuple: fields, defaults, _replace, _asdict, methods.
from collections import namedtuple
from typing import NamedTuple

Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p == (1, 2), len(p), tuple(p), isinstance(p, tuple))
x, y = p
print(x + y, p._fields, p._asdict(), p._replace(x=10), Point._make([5, 6]))
try:
    p.x = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)

Conf = namedtuple("Conf", "host port debug", defaults=[8080, False])
print(Conf("h"), Conf("h", 1, True), Conf._field_defaults)
Renamed = namedtuple("Renamed", ["ok", "def", "ok", "_x"], rename=True)
print(Renamed._fields)
try:
    namedtuple("Bad", ["class"])
except ValueError as e:
    print(type(e).__name__, e)


class Point3(namedtuple("Point3Base", "x y z")):
    __slots__ = ()

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)

    def __str__(self):
        return f"<{self.x},{self.y},{self.z}>"


q = Point3(1, -2, 3)
print(q, repr(q), q.norm1, [c.__name__ for c in Point3.__mro__])


class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: int = 100

    def raise_by(self, pct):
        return self._replace(salary=self.salary * (100 + pct) // 100)

    def __repr__(self):
        return f"Employee<{self.name}/{self.dept}/{self.salary}>"


e = Employee("ann")
print(e, e.raise_by(10), e._fields, Employee._field_defaults, Employee.__annotations__)
print(sorted([Employee("b", salary=5), Employee("a", salary=9)]), e._asdict())
print(Employee("z", "ops") < Employee("z", "qa"), e == ("ann", "eng", 100), hash(e) == hash(("ann", "eng", 100)))
try:
    e.salary = 0
except AttributeError as err:
    print(type(err).__name__, err)

try:
    class BadNT(NamedTuple):
        a: int = 1
        b: int
except TypeError as err:
    print(type(err).__name__, err)

Pair = NamedTuple("Pair", [("left", int), ("right", int)])
print(Pair(1, 2), Pair._fields, Pair(3, 4).right)
print(dict([Pair("k", "v")]), max([Pair(1, 9), Pair(2, 0)]))
