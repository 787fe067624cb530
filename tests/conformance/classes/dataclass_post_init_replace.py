# dataclass __post_init__, InitVar, replace(), kw_only, slots, and nested asdict.
from dataclasses import dataclass, field, replace, InitVar, asdict, KW_ONLY


@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)

    def __post_init__(self):
        if self.w < 0 or self.h < 0:
            raise ValueError(f"negative size {self.w}x{self.h}")
        self.area = self.w * self.h


r = Rect(2, 3)
print(r, r.area)
r2 = replace(r, w=10)
print(r2, r2 is r, r)
try:
    Rect(-1, 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    replace(r, area=1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    replace(r, depth=1)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class User:
    name: str
    password: InitVar[str]
    hashed: str = field(init=False, repr=False)

    def __post_init__(self, password):
        self.hashed = "".join(reversed(password)) + str(len(password))


u = User("ann", "secret")
print(u, u.hashed, hasattr(u, "password"))
u2 = replace(u, name="bob", password="pw")
print(u2, u2.hashed)
try:
    replace(u, name="cid")
except ValueError as e:
    print(type(e).__name__, e)


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int = 1


print(Options(level=3))
try:
    Options(True)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3


print(Mixed(1, c=30), Mixed(a=5))


@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 0


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
try:
    s.z = 1
except AttributeError as e:
    print(type(e).__name__, e)


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)


tree = Node(1, [Node(2), Node(3, [Node(4)], {"k": Node(5)})])
print(asdict(tree))
print(replace(tree, value=0).children is tree.children)


@dataclass
class Base:
    log: list = field(default_factory=list)

    def __post_init__(self):
        self.log.append("Base")


@dataclass
class Derived(Base):
    extra: int = 0

    def __post_init__(self):
        super().__post_init__()
        self.log.append("Derived " + str(self.extra))


print(Derived(extra=4).log)
