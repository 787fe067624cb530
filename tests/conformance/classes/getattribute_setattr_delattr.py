# __getattribute__, __setattr__ and __delattr__ overrides, with object.__... delegation.


class Audited:
    def __init__(self):
        self.events = []
        self.x = 1

    def __getattribute__(self, name):
        if name not in ("events", "__dict__", "__class__"):
            object.__getattribute__(self, "events").append("get " + name)
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name != "events":
            self.events.append("set " + name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        self.events.append("del " + name)
        object.__delattr__(self, name)

    def method(self):
        return "method result"


a = Audited()
a.y = a.x + 1
print(a.method())
del a.x
print(a.events)
try:
    a.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del a.nothing
except AttributeError as e:
    print(type(e).__name__, e)
print(a.events[-2:])


class Validated:
    allowed = {"name": str, "age": int}

    def __setattr__(self, name, value):
        if name not in self.allowed:
            raise AttributeError(f"cannot set {name!r}")
        if not isinstance(value, self.allowed[name]):
            raise TypeError(f"{name} must be {self.allowed[name].__name__}, got {type(value).__name__}")
        super().__setattr__(name, value)


v = Validated()
v.name = "ann"
v.age = 30
print(v.name, v.age, vars(v))
for key, val in [("age", "old"), ("email", "x@y"), ("name", 5)]:
    try:
        setattr(v, key, val)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)


class ReadOnlyAfterInit:
    def __init__(self, value):
        self.value = value
        self._frozen = True

    def __setattr__(self, name, value):
        if getattr(self, "_frozen", False):
            raise AttributeError(f"{type(self).__name__} is frozen; cannot set {name}")
        super().__setattr__(name, value)

    def __delattr__(self, name):
        raise AttributeError("no deleting " + name)


ro = ReadOnlyAfterInit(10)
print(ro.value)
try:
    ro.value = 11
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del ro.value
except AttributeError as e:
    print(type(e).__name__, e)
object.__setattr__(ro, "value", 12)
print(ro.value)


class Both:
    def __getattribute__(self, name):
        if name == "magic":
            raise AttributeError("magic hidden")
        return super().__getattribute__(name)

    def __getattr__(self, name):
        return "fallback:" + name


b = Both()
b.real = 1
print(b.real, b.magic, b.other)


class Upper:
    def __getattribute__(self, name):
        value = object.__getattribute__(self, name)
        if isinstance(value, str):
            return value.upper()
        return value


u = Upper()
u.greeting = "hello"
u.n = 3
print(u.greeting, u.n, u.__dict__)
