# Attribute and method sites cache what they found; every way to change the answer
# must be seen: class changes, instance shadowing, slots, modules, many types.
import math
import types


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x


class Plain:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


def read_x(o):
    return o.x


def call_get(o):
    return o.get()


def read_sqrt(m):
    return m.sqrt(16.0)


s = Slotted(1)
for i in range(3):
    print(read_x(s), call_get(s))
s.x = 5
print(read_x(s), call_get(s))
del s.x
try:
    read_x(s)
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.y
except AttributeError as e:
    print("AttributeError:", e)

p = Plain(2)
for i in range(3):
    print(call_get(p))
# An instance attribute now shadows the method.
p.get = lambda: "shadowed"
print(call_get(p))
q = Plain(3)
print(call_get(q))
# The class changes: every site must see it.
Plain.get = lambda self: ("patched", self.v)
print(call_get(q), call_get(Plain(4)))
del Plain.get
try:
    call_get(q)
except AttributeError as e:
    print("AttributeError:", e)


# A data descriptor added to the class after the site cached the instance value.
class D:
    def __init__(self):
        self.a = 1


d = D()
print([D().a for _ in range(3)], d.a)
D.a = property(lambda self: "from property")
print(d.a)


# Polymorphic sites: many classes at one site.
classes = [type("K%d" % i, (), {"get": (lambda i: lambda self: i)(i)}) for i in range(40)]
print(sum(call_get(k()) for k in classes * 3))
objs = []
for i, k in enumerate(classes):
    o = k()
    o.x = i
    objs.append(o)
print(sum(read_x(o) for o in objs))

# Module attributes.
print(read_sqrt(math), read_sqrt(math))
fake = types.ModuleType("fake")
fake.sqrt = lambda v: "fake sqrt %s" % v
print(read_sqrt(fake))
old = math.sqrt
math.sqrt = lambda v: "patched sqrt"
print(read_sqrt(math))
math.sqrt = old
print(read_sqrt(math))
del fake.sqrt
try:
    read_sqrt(fake)
except AttributeError as e:
    print("AttributeError:", e)

# Methods of builtin types, and a subclass overriding one.
class MyList(list):
    def append(self, x):
        super().append(x * 10)


def add(lst, x):
    lst.append(x)
    return lst


print(add([], 1), add([1], 2), add(MyList(), 3))
print(read_x(Slotted(7)))


# Class attributes read through the class: values, functions, descriptors, changes.
class Base:
    LIMIT = 10

    def helper(x):
        return x * 2

    @classmethod
    def make(cls):
        return cls.__name__

    @staticmethod
    def st(v):
        return v + 1


class Derived(Base):
    pass


class Meta(type):
    LIMIT = "meta"


class WithMeta(metaclass=Meta):
    pass


def limit(c):
    return c.LIMIT


def call_helper(c, v):
    return c.helper(v)


for c in (Base, Derived, Base, Derived):
    print(limit(c), call_helper(c, 3), c.make(), c.st(1))
Base.LIMIT = 20
print(limit(Base), limit(Derived))
Derived.LIMIT = 30
print(limit(Base), limit(Derived))
del Derived.LIMIT
print(limit(Derived))
Base.helper = staticmethod(lambda v: "static %s" % v)
print(call_helper(Base, 4), call_helper(Derived, 5))
print(limit(WithMeta))
print(limit(Base.__mro__[0]), [limit(c) for c in (Base, Derived, WithMeta, Base)])
try:
    limit(type)
except AttributeError as e:
    print("AttributeError:", e)
read_x(Plain(1))
