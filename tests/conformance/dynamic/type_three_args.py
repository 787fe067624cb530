# Checks three-argument type() creating classes with methods, bases, class attributes and instances.


def init(self, name, size=1):
    self.name = name
    self.size = size


def describe(self):
    return "%s(%s, size=%d)" % (type(self).__name__, self.name, self.size)


Box = type("Box", (), {"__init__": init, "describe": describe, "kind": "generic"})
b = Box("crate", 3)
print(b.describe(), Box.kind, type(b) is Box)
print("name/qualname/module:", Box.__name__, Box.__qualname__, Box.__module__)
print("bases:", Box.__bases__, "mro:", [c.__name__ for c in Box.__mro__])

print("-- subclass with bases tuple and super()")


def heavy_describe(self):
    return "heavy " + super(HeavyBox, self).describe()


HeavyBox = type("HeavyBox", (Box,), {"describe": heavy_describe, "kind": "heavy"})
h = HeavyBox("safe", 10)
print(h.describe(), h.kind, isinstance(h, Box), issubclass(HeavyBox, Box))

print("-- dunder methods and properties in the namespace")
Vector = type("Vector", (), {
    "__init__": lambda self, *c: setattr(self, "c", c),
    "__add__": lambda self, o: Vector(*(a + b for a, b in zip(self.c, o.c))),
    "__repr__": lambda self: "Vector%r" % (self.c,),
    "__len__": lambda self: len(self.c),
    "__eq__": lambda self, o: self.c == o.c,
    "__hash__": None,
    "norm1": property(lambda self: sum(abs(v) for v in self.c)),
})
v = Vector(1, -2) + Vector(3, 4)
print(v, len(v), v.norm1, v == Vector(4, 2))
try:
    hash(v)
except TypeError as exc:
    print("TypeError:", exc)

print("-- classmethod and staticmethod entries")
Counter = type("Counter", (), {
    "count": 0,
    "make": classmethod(lambda cls: cls.bump() or cls()),
    "bump": classmethod(lambda cls: setattr(cls, "count", cls.count + 1)),
    "version": staticmethod(lambda: "1.0"),
})
Counter.make()
Counter.make()
print(Counter.count, Counter.version(), Counter().version())

print("-- multiple bases")
A = type("A", (), {"who": lambda self: "A", "only_a": lambda self: "a!"})
B = type("B", (), {"who": lambda self: "B", "only_b": lambda self: "b!"})
C = type("C", (A, B), {})
c = C()
print(c.who(), c.only_a(), c.only_b(), [k.__name__ for k in C.__mro__])
D = type("D", (B, A), {})
print(D().who())

print("-- inconsistent MRO")
try:
    type("Bad", (A, C), {})
except TypeError as exc:
    print("TypeError:", exc)

print("-- subclassing builtins")
Upper = type("Upper", (str,), {"shout": lambda self: self.upper() + "!"})
u = Upper("hey")
print(u.shout(), isinstance(u, str), u + "x")
Bag = type("Bag", (dict,), {"__missing__": lambda self, key: 0})
bag = Bag(a=1)
print(bag["a"], bag["zzz"])

print("-- __slots__ and __qualname__ in the namespace")
Slim = type("Slim", (), {"__slots__": ("x",), "__qualname__": "Outer.Slim"})
s = Slim()
s.x = 5
print(s.x, Slim.__qualname__, hasattr(s, "__dict__"))
try:
    s.y = 1
except AttributeError as exc:
    print("AttributeError:", exc)

print("-- one-argument type and bad arguments")
print(type(3), type(Box), type(type))
try:
    type("X", [], {})
except TypeError as exc:
    print("TypeError:", exc)
try:
    type("X", (), {}, 1)
except TypeError as exc:
    print("TypeError:", exc)
namespace = {"early": 1}
T = type("T", (), namespace)
namespace["late"] = 2
print("namespace dict is copied:", hasattr(T, "early"), hasattr(T, "late"))
