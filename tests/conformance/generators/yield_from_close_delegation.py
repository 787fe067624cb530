# Checks close() and GeneratorExit propagation through chains of `yield from`.


def leaf(name):
    try:
        yield name + ":1"
        yield name + ":2"
    except GeneratorExit:
        print("  leaf %s got GeneratorExit" % name)
        raise
    finally:
        print("  leaf %s finally" % name)


def branch():
    try:
        yield from leaf("L")
    finally:
        print("  branch finally")


def root():
    try:
        yield from branch()
    except GeneratorExit:
        print("  root got GeneratorExit")
        raise
    finally:
        print("  root finally")


g = root()
print(next(g))
print("closing root")
g.close()
print("closed")

print("-- leaf swallows GeneratorExit by returning")


def swallowing_leaf():
    try:
        yield "s"
    except GeneratorExit:
        print("  swallowing leaf returning")
        return "leaf result"


def parent():
    result = yield from swallowing_leaf()
    print("  parent continues with", result)
    yield "parent yields again"


p = parent()
next(p)
try:
    p.close()
except RuntimeError as exc:
    print("RuntimeError:", exc)

print("-- close of iterator without close method")


class NoClose:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        return self.n


def over_noclose():
    try:
        yield from NoClose()
    finally:
        print("  over_noclose finally")


o = over_noclose()
print(next(o), next(o))
o.close()
print("closed without error")

print("-- iterator with a close method")


class WithClose(NoClose):
    def close(self):
        print("  WithClose.close called at n =", self.n)


def over_withclose():
    yield from WithClose()


w = over_withclose()
print(next(w), next(w), next(w))
w.close()

print("-- close raises in leaf")


def bad_leaf():
    try:
        yield 1
    finally:
        raise LookupError("cleanup failed")


def bad_parent():
    try:
        yield from bad_leaf()
    except LookupError as exc:
        print("  bad_parent sees", exc)
        raise


b = bad_parent()
next(b)
try:
    b.close()
except LookupError as exc:
    print("close raised", repr(exc))
