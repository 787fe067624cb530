# Attributes and methods defined on a metaclass: visible on classes but not instances,
# metaclass properties, __repr__ of classes, __len__/__iter__/__getitem__ on classes.


class Catalog(type):
    def __repr__(cls):
        return f"<catalog {cls.__name__} with {len(cls.items)} items>"

    def __len__(cls):
        return len(cls.items)

    def __iter__(cls):
        return iter(cls.items)

    def __getitem__(cls, key):
        return cls.items[key]

    def __contains__(cls, item):
        return item in cls.items

    @property
    def first(cls):
        return cls.items[0] if cls.items else None

    def describe(cls):
        return cls.__name__ + ": " + ", ".join(cls.items)

    def __add__(cls, other):
        return Catalog(cls.__name__ + "_" + other.__name__, (), {"items": cls.items + other.items})


class Fruits(metaclass=Catalog):
    items = ["apple", "pear"]


class Veg(metaclass=Catalog):
    items = ["kale"]


print(repr(Fruits), Fruits, len(Fruits), list(Fruits), Fruits[1], "pear" in Fruits, "fig" in Fruits)
print(Fruits.first, Veg.first, Fruits.describe())
Both = Fruits + Veg
print(Both, list(Both), type(Both).__name__)
try:
    Fruits().describe()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    len(Fruits())
except TypeError as e:
    print(type(e).__name__, e)
print(hasattr(Fruits, "describe"), hasattr(Fruits(), "describe"), "describe" in vars(Fruits))


class Meta(type):
    shared = "from metaclass"

    def __call__(cls, *args):
        return ("constructed", cls.__name__, args)


class Thing(metaclass=Meta):
    own = "from class"


print(Thing.shared, Thing.own, Thing(1, 2))
try:
    Thing.__dict__["shared"]
except KeyError as e:
    print(type(e).__name__, e)


class Sorted(type):
    def __lt__(cls, other):
        return cls.rank < other.rank

    def __eq__(cls, other):
        return isinstance(other, Sorted) and cls.rank == other.rank

    __hash__ = type.__hash__


class Low(metaclass=Sorted):
    rank = 1


class High(metaclass=Sorted):
    rank = 9


class Mid(metaclass=Sorted):
    rank = 5


print([c.__name__ for c in sorted([High, Low, Mid])], Low < High, Low == Mid, {Low: 1}[Low])


class ClassProp(type):
    @property
    def registry_size(cls):
        return len(cls._registry)

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls._registry = []


class Registered(metaclass=ClassProp):
    def __init__(self):
        type(self)._registry.append(self)


Registered()
Registered()
print(Registered.registry_size)
try:
    Registered.registry_size = 5
except AttributeError as e:
    print(type(e).__name__, e)
