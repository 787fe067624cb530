# Descriptors: __get__/__set__/__delete__/__set_name__, data vs non-data precedence.


class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
        self.name = name
        self.storage = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} expects {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.storage, value)

    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.storage)


class Person:
    name = Typed(str, "?")
    age = Typed(int, 0)

    def __init__(self, name, age):
        self.name = name
        self.age = age


print("class created")
p = Person("ann", 31)
print(p.name, p.age, sorted(vars(p)))
try:
    p.age = "old"
except TypeError as e:
    print(type(e).__name__, e)
del p.age
print(p.age, type(Person.name).__name__, Person.age.storage)


class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"


class Data(NonData):
    def __set__(self, obj, value):
        raise AttributeError("read-only data descriptor")


class Host:
    nd = NonData()
    d = Data()


h = Host()
print(h.nd, h.d)
h.__dict__["nd"] = "from instance dict"
h.__dict__["d"] = "ignored instance dict"
print(h.nd, h.d)
try:
    h.d = 5
except AttributeError as e:
    print(type(e).__name__, e)
print(Host.nd, Host.__dict__["nd"].__class__.__name__)


class Counter:
    def __init__(self):
        self.reads = 0

    def __get__(self, obj, objtype=None):
        self.reads += 1
        return (None if obj is None else type(obj).__name__, objtype.__name__, self.reads)


class A:
    c = Counter()


class B(A):
    pass


print(A.c, B.c, A().c, B().c)


class Method:
    def __init__(self, func):
        self.func = func

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self.func
        return lambda *args: self.func(obj, *args)


class Calc:
    def __init__(self, base):
        self.base = base

    @Method
    def plus(self, x):
        return self.base + x


print(Calc(10).plus(5), Calc.plus(Calc(1), 2))

late = Typed(float)
Person.height = late
try:
    late.name
except AttributeError as e:
    print(type(e).__name__, e)
late.__set_name__(Person, "height")
p.height = 1.8
print(p.height)
