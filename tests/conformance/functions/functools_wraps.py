# functools.wraps copies metadata and sets __wrapped__.
import functools


def plain(fn):
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper


def wrapped(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper


@plain
def first(x: int, y: int = 2) -> int:
    "Add two numbers."
    return x + y


@wrapped
def second(x: int, y: int = 2) -> int:
    "Add two numbers."
    return x + y


second.extra = "tag"

for f in (first, second):
    print(f.__name__, f.__qualname__, f.__module__, repr(f.__doc__))
    print(" ", f.__annotations__)
    print(" ", hasattr(f, "__wrapped__"), f(1))

print(second.__wrapped__(10, 20))
print(second.__wrapped__.__name__)
print(sorted(second.__dict__))
print(second.__defaults__)


def source_attrs(fn):
    fn.owner = "me"
    fn.version = 3
    return fn


@wrapped
@source_attrs
def third():
    """Doc of third."""
    return 3


print(third.owner, third.version, third.__doc__, sorted(third.__dict__))


def layer(tag):
    def deco(fn):
        @functools.wraps(fn)
        def inner(*a):
            return f"{tag}({fn(*a)})"
        return inner
    return deco


@layer("A")
@layer("B")
def base(v):
    return v


print(base("x"), base.__name__)
print(base.__wrapped__("y"), base.__wrapped__.__wrapped__("z"))


def custom(fn):
    def w():
        return fn()
    functools.update_wrapper(w, fn, assigned=("__name__",), updated=())
    return w


@custom
def fourth():
    "fourth doc"
    return 4


print(fourth.__name__, fourth.__qualname__, fourth.__doc__, fourth())
import inspect
print(inspect.signature(second))
print(inspect.signature(first))
print(inspect.unwrap(base).__qualname__)
