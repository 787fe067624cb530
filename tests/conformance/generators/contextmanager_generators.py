# Checks contextlib.contextmanager: setup/teardown, exceptions in the body, suppression and re-raise.
from contextlib import contextmanager


@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)


with tag("div") as value:
    print("  body sees", value)

with tag("outer"):
    with tag("inner") as v:
        print("  nested body", v)

print("-- exception propagates through finally")
try:
    with tag("p"):
        raise ValueError("in body")
except ValueError as exc:
    print("caught outside:", exc)


@contextmanager
def suppress_lookup():
    try:
        yield
    except LookupError as exc:
        print("  suppressed", type(exc).__name__, exc)


print("-- suppression by handling inside the generator")
with suppress_lookup():
    {}["missing"]
print("continued after suppressed KeyError")
with suppress_lookup():
    [][3]
print("continued after suppressed IndexError")
try:
    with suppress_lookup():
        raise TypeError("not a lookup error")
except TypeError as exc:
    print("TypeError passed through:", exc)


@contextmanager
def translating():
    try:
        yield
    except ZeroDivisionError as exc:
        raise ArithmeticError("translated") from exc


print("-- re-raise a different exception")
try:
    with translating():
        1 / 0
except ArithmeticError as exc:
    print(type(exc).__name__, exc, "| cause:", type(exc.__cause__).__name__)


@contextmanager
def reraising():
    try:
        yield "resource"
    except Exception as exc:
        print("  logging", repr(exc))
        raise


try:
    with reraising() as r:
        print("  using", r)
        raise KeyError("k")
except KeyError as exc:
    print("re-raised same object:", repr(exc))


@contextmanager
def no_yield():
    if False:
        yield
    print("  never yields")


print("-- generator that does not yield")
try:
    with no_yield():
        print("unreachable")
except RuntimeError as exc:
    print("RuntimeError:", exc)


@contextmanager
def yields_twice():
    yield 1
    yield 2


try:
    with yields_twice():
        print("  body of yields_twice")
except RuntimeError as exc:
    print("RuntimeError:", exc)


@contextmanager
def timer_like(log):
    log.append("start")
    yield log
    log.append("stop")


print("-- the same decorated function used as a decorator")


@timer_like([])
def decorated():
    print("  inside decorated function")


decorated()
decorated()
log = []
with timer_like(log) as same:
    print("  same list:", same is log)
print(log)
print("-- exception in body skips code after a bare yield")
log = []
try:
    with timer_like(log):
        raise RuntimeError("skip stop")
except RuntimeError:
    pass
print(log)
