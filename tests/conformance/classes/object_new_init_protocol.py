# Interplay of __new__ and __init__: __init__ skipped when __new__ returns another type,
# __init__ returning non-None, extra args to object(), caching instances in __new__.


class Cached:
    _cache = {}

    def __new__(cls, key):
        print("__new__", key)
        if key in cls._cache:
            return cls._cache[key]
        inst = super().__new__(cls)
        cls._cache[key] = inst
        return inst

    def __init__(self, key):
        print("__init__", key)
        self.key = key
        self.inits = getattr(self, "inits", 0) + 1


a = Cached("x")
b = Cached("x")
c = Cached("y")
print(a is b, a is c, a.inits, c.inits)


class ReturnsOther:
    def __new__(cls, value):
        if value < 0:
            return "negative marker"
        return super().__new__(cls)

    def __init__(self, value):
        print("ReturnsOther.__init__", value)
        self.value = value


r1 = ReturnsOther(5)
r2 = ReturnsOther(-5)
print(type(r1).__name__, r1.value, r2)


class BadInit:
    def __init__(self):
        return 42


try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)


class NoInit:
    pass


try:
    NoInit(1)
except TypeError as e:
    print(type(e).__name__, e)


class OnlyNew:
    def __new__(cls, *args):
        inst = super().__new__(cls)
        inst.args = args
        return inst


print(OnlyNew(1, 2).args)


class OnlyInit:
    def __init__(self, *args):
        self.args = args


print(OnlyInit(3, 4).args)
try:
    print("object.__new__ with args ok:", type(object.__new__(OnlyInit, 1)).__name__)
    object.__new__(NoInit, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)


class Parent:
    def __new__(cls, *args, **kwargs):
        print("Parent.__new__ for", cls.__name__)
        return super().__new__(cls)


class Child(Parent):
    def __init__(self, name, *, loud=False):
        self.name = name.upper() if loud else name


print(Child("kid", loud=True).name)

inst = Child.__new__(Child)
print(hasattr(inst, "name"))
Child.__init__(inst, "late")
print(inst.name)


class Immutable(tuple):
    def __new__(cls, *items):
        return super().__new__(cls, sorted(items))

    def __init__(self, *items):
        self.original = items


im = Immutable(3, 1, 2)
print(im, im.original)
