# super() in classmethods, staticmethod-free contexts, __new__ and __init_subclass__.


class Base:
    registry = []

    @classmethod
    def create(cls, value):
        obj = cls.__new__(cls)
        obj.value = value
        obj.made_by = ["Base.create"]
        return obj

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Base.registry.append(cls.__name__)

    @classmethod
    def describe(cls):
        return "Base sees " + cls.__name__


class Middle(Base):
    @classmethod
    def create(cls, value):
        obj = super().create(value * 10)
        obj.made_by.append("Middle.create")
        return obj

    @classmethod
    def describe(cls):
        return super().describe() + " via Middle"

    def __init_subclass__(cls, prefix="", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.prefix = prefix


class Leaf(Middle, prefix="leaf-"):
    @classmethod
    def create(cls, value):
        obj = super().create(value + 1)
        obj.made_by.append("Leaf.create")
        return obj


obj = Leaf.create(4)
print(type(obj).__name__, obj.value, obj.made_by)
print(Leaf.describe(), Middle.describe())
print(Base.registry, Leaf.prefix, hasattr(Middle, "prefix"))


class Tracked:
    count = 0

    def __new__(cls, *args):
        inst = super().__new__(cls)
        Tracked.count += 1
        inst.serial = Tracked.count
        return inst

    def __init__(self, label):
        self.label = label


class TrackedChild(Tracked):
    def __new__(cls, label):
        inst = super().__new__(cls, label)
        inst.child = True
        return inst


a = Tracked("a")
b = TrackedChild("b")
print(a.serial, a.label, b.serial, b.label, b.child)


class Str(str):
    def __new__(cls, value):
        return super().__new__(cls, value.strip().lower())


print(repr(Str("  HeLLo  ")), type(Str("X")).__name__)

try:
    class Broken(Base, flag=True):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(Base.registry)
