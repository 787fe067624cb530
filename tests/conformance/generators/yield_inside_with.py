# Checks yield inside with blocks: __exit__ timing, exceptions thrown in, suppression.


class Tracker:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("  enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        label = exc_type.__name__ if exc_type else None
        print("  exit", self.name, "with", label)
        return self.suppress


def with_gen():
    with Tracker("A") as t:
        yield "inside " + t.name
        yield "still inside"
    yield "after with"


g = with_gen()
print(next(g))
print(next(g))
print(next(g))
print(next(g, "end"))

print("-- throw into with")
g = with_gen()
next(g)
try:
    g.throw(ValueError("thrown"))
except ValueError as exc:
    print("propagated:", exc)


def suppressing_gen():
    with Tracker("S", suppress=True):
        yield 1
        yield 2
    yield "after suppression"


print("-- suppression")
s = suppressing_gen()
print(next(s))
print("throw ->", s.throw(KeyError("k")))
print(next(s, "end"))


def nested_with():
    with Tracker("outer"):
        with Tracker("inner", suppress=True):
            yield "deep"
            raise IndexError("raised in body")
        yield "between"
    yield "done"


print("-- nested")
print(list(nested_with()))

print("-- close inside with")
g = with_gen()
next(g)
g.close()
print("closed")


def multiple_managers():
    with Tracker("m1"), Tracker("m2"):
        value = yield "two managers"
        print("  received", value)
    yield "out"


mm = multiple_managers()
print(next(mm))
print(mm.send("hello"))
mm.close()
print("multiple done")
