# Checks direct __dict__ manipulation on instances, classes, functions and modules.
import sys


class Record:
    kind = "record"

    def __init__(self, **fields):
        self.__dict__.update(fields)

    def __repr__(self):
        items = ", ".join("%s=%r" % kv for kv in sorted(self.__dict__.items()))
        return "Record(%s)" % items


r = Record(a=1, b="two")
print(r, r.a, r.b)
r.__dict__["c"] = [3]
print("added through __dict__:", r.c)
del r.__dict__["a"]
print("after deleting a:", r, hasattr(r, "a"))
print("class attr not in instance dict:", "kind" in r.__dict__, r.kind)
r.__dict__["kind"] = "shadowed"
print(r.kind, Record.kind)

print("-- replacing __dict__ entirely")
r.__dict__ = {"fresh": True}
print(r, r.fresh)
try:
    r.__dict__ = ["not", "a", "dict"]
except TypeError as exc:
    print("TypeError:", exc)

print("-- instance __dict__ overrides non-data descriptors but not data descriptors")


class Demo:
    @property
    def prop(self):
        return "property value"

    def method(self):
        return "method value"


d = Demo()
d.__dict__["prop"] = "dict value"
d.__dict__["method"] = lambda: "instance lambda"
print(d.prop, "|", d.method())

print("-- class __dict__ is a read-only proxy; use setattr on the class")
print(type(Record.__dict__).__name__, "kind" in Record.__dict__, "__init__" in Record.__dict__)
try:
    Record.__dict__["kind"] = "x"
except TypeError as exc:
    print("TypeError:", exc)
setattr(Record, "added_later", lambda self: "added method on " + repr(self))
print(Record(z=0).added_later())

print("-- copying attributes between objects")
src = Record(x=1, y=2)
dst = Record()
dst.__dict__.update(src.__dict__)
src.x = 100
print(dst, src)

print("-- function __dict__")


def tagged():
    return tagged.__dict__.get("label", "none")


print(tagged(), tagged.__dict__)
tagged.__dict__["label"] = "set via dict"
tagged.extra = 5
print(tagged(), sorted(tagged.__dict__.items()))

print("-- module __dict__ is globals()")
this = sys.modules[__name__]
print(this.__dict__ is globals())
this.__dict__["via_module_dict"] = "module level"
print(via_module_dict)
setattr(this, "via_setattr", 42)
print(via_setattr)

print("-- objects without __dict__")
for obj in (1, "s", (1,)):
    print(type(obj).__name__, hasattr(obj, "__dict__"))


class Slotted:
    __slots__ = ("a", "b")


s = Slotted()
s.a = 1
print("slotted has __dict__:", hasattr(s, "__dict__"))


class Mixed(Slotted):
    pass


m = Mixed()
m.a = 1
m.extra = 2
print("subclass without __slots__ has __dict__:", m.__dict__)

print("-- dict order follows assignment order")
o = Record()
for name in ["zeta", "alpha", "mid"]:
    setattr(o, name, len(name))
print(list(o.__dict__))
del o.alpha
o.alpha = 0
print(list(o.__dict__))
