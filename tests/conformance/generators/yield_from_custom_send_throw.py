# Checks `yield from` delegating send/throw/close to an object with its own send/throw/close methods.


class Recorder:
    def __init__(self, limit):
        self.limit = limit
        self.log = []
        self.count = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.log.append("next")
        return self._step(None)

    def send(self, value):
        self.log.append("send %r" % (value,))
        return self._step(value)

    def throw(self, typ, val=None, tb=None):
        name = typ.__name__ if isinstance(typ, type) else type(typ).__name__
        self.log.append("throw %s" % name)
        if name == "KeyError":
            return "recovered from KeyError"
        if isinstance(typ, type):
            raise typ if val is None else val
        raise typ

    def close(self):
        self.log.append("close")

    def _step(self, value):
        self.count += 1
        if self.count > self.limit:
            raise StopIteration("recorder done after %d" % self.limit)
        return "step %d got %r" % (self.count, value)


def delegator(rec):
    result = yield from rec
    print("  delegator got return value:", result)
    yield "delegator tail"


rec = Recorder(3)
g = delegator(rec)
print(next(g))
print(g.send("hello"))
print(g.throw(KeyError("k")))
print(g.send(42))
print(next(g))
print(next(g, "exhausted"))
print("log:", rec.log)

print("-- throw that the object re-raises")
rec = Recorder(5)
g = delegator(rec)
next(g)
try:
    g.throw(ValueError("not handled"))
except ValueError as exc:
    print("propagated:", exc)
print("log:", rec.log)

print("-- close calls the object's close")
rec = Recorder(5)
g = delegator(rec)
next(g)
g.send(1)
g.close()
print("log:", rec.log)


class OnlyNext:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n


print("-- throw to iterator lacking throw()")


def over_only_next():
    try:
        yield from OnlyNext()
    except RuntimeError as exc:
        print("  caught in delegator:", exc)
        yield "handled"


o = over_only_next()
print(next(o))
print(o.throw(RuntimeError("rt")))

print("-- send to iterator lacking send()")
o = over_only_next()
next(o)
try:
    o.send("x")
except AttributeError as exc:
    print("AttributeError:", exc)
