# dataclasses: fields, defaults, default_factory, field() options, repr/eq, fields(), asdict/astuple.
from dataclasses import dataclass, field, fields, asdict, astuple, is_dataclass, MISSING


@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    secret: str = field(default="hidden", repr=False, compare=False)
    count: int = field(default=1, metadata={"unit": "pieces"})


a = Item("pen", 1.5)
b = Item("pen", 1.5, secret="other")
print(a)
print(a == b, a is b, a != Item("pen"))
a.tags.append("office")
print(a.tags, b.tags, Item("x").tags is Item("y").tags)
for f in fields(Item):
    default = "MISSING" if f.default is MISSING else repr(f.default)
    factory = "factory" if f.default_factory is not MISSING else "-"
    print(f.name, f.type.__name__, default, factory, f.repr, f.compare, dict(f.metadata))
print(asdict(a), astuple(b))
print(is_dataclass(Item), is_dataclass(a), is_dataclass(3))


@dataclass
class Order:
    id: int
    items: list = field(default_factory=list)
    note: str = ""

    def total(self):
        return sum([i.price * i.count for i in self.items])


o = Order(7, [Item("a", 2.0, count=3), Item("b", 0.5)])
print(o.total())
print(asdict(o))
print(Order.__init__.__doc__ is None, Order.__annotations__)

try:
    @dataclass
    class Bad:
        x: int = 1
        y: int
except TypeError as e:
    print(type(e).__name__, e)

try:
    @dataclass
    class Mutable:
        items: list = []
except ValueError as e:
    print(type(e).__name__, e)


@dataclass
class Base:
    x: int
    y: int = 0


@dataclass
class Child(Base):
    z: int = 5
    x: int = 100


print(Child(), Child(1, 2, 3), [f.name for f in fields(Child)])


@dataclass
class NoInit:
    a: int = 3
    b: int = field(init=False, default=10)
    c: int = field(init=False)


n = NoInit(4)
print(n.a, n.b, hasattr(n, "c"))
try:
    print(n)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    NoInit(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Item()
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(repr=False, eq=False)
class Plainish:
    v: int


print(Plainish(1) == Plainish(1), "__repr__" in Plainish.__dict__)
