# Simple and stacked decorators.

log = []


def trace(fn):
    def wrapper(*args, **kwargs):
        log.append(f"call {fn.__name__}{args}")
        result = fn(*args, **kwargs)
        log.append(f"ret {result!r}")
        return result
    return wrapper


def bold(fn):
    def wrapper(*a):
        return "<b>" + fn(*a) + "</b>"
    return wrapper


def italic(fn):
    def wrapper(*a):
        return "<i>" + fn(*a) + "</i>"
    return wrapper


@trace
def add(a, b):
    return a + b


print(add(2, 3))
print(add.__name__, add.__qualname__)
print(log)


@bold
@italic
def hello(name):
    return "hi " + name


@italic
@bold
def hello2(name):
    return "hi " + name


print(hello("x"))
print(hello2("y"))

order = []


def mark(label):
    order.append("factory " + label)

    def deco(fn):
        order.append("apply " + label)
        return fn
    return deco


@mark("outer")
@mark("middle")
@mark("inner")
def target():
    return "target"


print(order)
print(target())


def register(registry):
    def deco(fn):
        registry[fn.__name__] = fn
        return fn
    return deco


REG = {}


@register(REG)
def alpha():
    return "A"


@register(REG)
def beta():
    return "B"


print(sorted(REG), REG["alpha"](), REG["beta"]())


def replace_with_value(fn):
    return fn()


@replace_with_value
def computed():
    return [1, 2, 3]


print(computed, type(computed).__name__)

# Decorator expressions can be any expression (PEP 614).
decos = [bold, italic]


@decos[1]
def em():
    return "em"


@(lambda f: lambda: f().upper())
def shout():
    return "quiet"


print(em(), shout())
