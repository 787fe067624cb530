# contextlib.suppress, ExitStack, closing and nullcontext.
import contextlib


with contextlib.suppress(KeyError):
    {}["missing"]
print("KeyError suppressed")

with contextlib.suppress(ValueError, TypeError):
    int("not a number")
print("ValueError suppressed by tuple-like suppress")

with contextlib.suppress(LookupError):
    [][3]
print("IndexError suppressed via base class")

try:
    with contextlib.suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed:", e)

with contextlib.suppress():
    print("suppress with no types is fine")


class Resource:
    def __init__(self, name):
        self.name = name
        self.closed = False

    def close(self):
        self.closed = True
        print("close", self.name)


r = Resource("file-like")
with contextlib.closing(r) as got:
    print("inside closing:", got is r, got.closed)
print("closed after:", r.closed)

r2 = Resource("errored")
try:
    with contextlib.closing(r2):
        raise RuntimeError("boom")
except RuntimeError:
    print("closed despite error:", r2.closed)

with contextlib.nullcontext("value") as v:
    print("nullcontext gives", v)
with contextlib.nullcontext() as v:
    print("nullcontext default", v)


class Tracked:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self.name

    def __exit__(self, t, v, tb):
        self.log.append("exit %s %s" % (self.name, t.__name__ if t else "-"))
        return False


log = []
with contextlib.ExitStack() as stack:
    names = [stack.enter_context(Tracked(n, log)) for n in ["a", "b", "c"]]
    stack.callback(log.append, "callback 1")
    stack.callback(lambda: log.append("callback 2"))
    log.append("body " + "".join(names))
print(log)

log = []
try:
    with contextlib.ExitStack() as stack:
        stack.enter_context(Tracked("x", log))
        stack.enter_context(Tracked("y", log))
        raise ValueError("inside stack")
except ValueError as e:
    log.append("caught " + str(e))
print(log)

# pop_all transfers the callbacks; the original stack does nothing.
log = []
with contextlib.ExitStack() as stack:
    stack.enter_context(Tracked("moved", log))
    later = stack.pop_all()
log.append("stack exited")
later.close()
print(log)

# A callback that suppresses is impossible, but a context manager can via push.
log = []


def exit_suppressor(t, v, tb):
    log.append("push saw " + (t.__name__ if t else "-"))
    return True


with contextlib.ExitStack() as stack:
    stack.push(exit_suppressor)
    raise KeyError("swallowed")
print(log)

# Errors inside callbacks chain onto each other.
try:
    with contextlib.ExitStack() as stack:
        stack.callback(lambda: 1 / 0)
        stack.callback(lambda: {}["k"])
except ZeroDivisionError as e:
    print("last raised:", type(e).__name__, "context:", type(e.__context__).__name__)
