# Class decorators: registration, adding methods, replacing the class, stacking, with arguments.

REGISTRY = {}


def register(cls):
    REGISTRY[cls.__name__.lower()] = cls
    return cls


def add_repr(cls):
    fields = cls.fields

    def __repr__(self):
        parts = [f + "=" + repr(getattr(self, f)) for f in fields]
        return cls.__name__ + "(" + ", ".join(parts) + ")"

    cls.__repr__ = __repr__
    return cls


def tagged(*tags, **options):
    def deco(cls):
        cls.tags = tags
        cls.options = dict(sorted(options.items()))
        return cls
    return deco


@register
@add_repr
@tagged("a", "b", level=2)
class Point:
    fields = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


print(Point(1, 2), Point.tags, Point.options)
print(sorted(REGISTRY), REGISTRY["point"] is Point)

order = []


def trace(label):
    def deco(cls):
        order.append(label + ":" + cls.__name__)
        return cls
    return deco


@trace("outer")
@trace("middle")
@trace("inner")
class Layered:
    pass


print(order)


def replace_with_instance(cls):
    return cls()


@replace_with_instance
class settings:
    debug = False
    level = "info"

    def __repr__(self):
        return "settings(debug=" + str(self.debug) + ", level=" + self.level + ")"


print(settings, type(settings).__name__)


def count_instances(cls):
    original_init = cls.__init__

    def __init__(self, *args, **kwargs):
        cls.instances += 1
        original_init(self, *args, **kwargs)

    cls.instances = 0
    cls.__init__ = __init__
    return cls


@count_instances
class Widget:
    def __init__(self, name):
        self.name = name


ws = [Widget(n) for n in "abc"]
print(Widget.instances, [w.name for w in ws])


def wrap_in_subclass(cls):
    class Wrapped(cls):
        def describe(self):
            return "wrapped " + super().describe()
    Wrapped.__name__ = cls.__name__
    return Wrapped


@wrap_in_subclass
class Thing:
    def describe(self):
        return "thing"


print(Thing().describe(), Thing.__name__, Thing.__qualname__, [c.__name__ for c in Thing.__mro__])

decorators = [trace("from-list")]


@decorators[0]
class ViaSubscript:
    pass


print(order[-1])
