# Checks PEP 479: StopIteration escaping a generator body becomes RuntimeError with __cause__.


def leaky():
    yield 1
    raise StopIteration("leaked")


g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as exc:
    print("RuntimeError:", exc)
    print("cause:", repr(exc.__cause__))
    print("context is cause:", exc.__context__ is exc.__cause__)
    print("suppress_context:", exc.__suppress_context__)
print("after RuntimeError:", next(g, "exhausted"))


def calls_next_on_empty():
    it = iter([])
    yield "before"
    value = next(it)
    yield value


g = calls_next_on_empty()
print(next(g))
try:
    next(g)
except RuntimeError as exc:
    print("RuntimeError:", exc, "| cause type:", type(exc.__cause__).__name__)


def first_item(iterable):
    # the correct way: catch StopIteration and return
    it = iter(iterable)
    try:
        yield next(it)
    except StopIteration:
        return


print("safe on empty:", list(first_item([])))
print("safe on full:", list(first_item("xyz")))


class MyStop(StopIteration):
    pass


def raises_subclass():
    yield 1
    raise MyStop("subclass")


try:
    list(raises_subclass())
except RuntimeError as exc:
    print("subclass ->", exc, "| cause:", type(exc.__cause__).__name__, exc.__cause__)


def stop_via_throw():
    yield 1
    yield 2


g = stop_via_throw()
next(g)
try:
    g.throw(StopIteration("thrown in"))
except RuntimeError as exc:
    print("thrown StopIteration ->", exc, "| cause:", repr(exc.__cause__))


def nested_leak():
    yield from leaky()


try:
    print(list(nested_leak()))
except RuntimeError as exc:
    print("nested ->", exc, "| cause:", repr(exc.__cause__))


def caught_inside():
    try:
        raise StopIteration("handled")
    except StopIteration as exc:
        yield "caught %s" % exc
    yield "continues"


print(list(caught_inside()))

# StopIteration in a generator expression also converts
try:
    list(next(iter([])) for _ in range(2))
except RuntimeError as exc:
    print("genexp ->", exc)

# But StopIteration inside a list comprehension is not converted
try:
    [next(iter([])) for _ in range(2)]
except StopIteration as exc:
    print("list comprehension leaks StopIteration:", repr(exc))
except RuntimeError as exc:
    print("unexpected", exc)
