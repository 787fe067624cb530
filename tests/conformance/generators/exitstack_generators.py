# Checks contextlib.ExitStack with generator-based context managers and callbacks.
from contextlib import ExitStack, contextmanager

events = []


@contextmanager
def managed(name, fail_on_exit=False, suppress=False):
    events.append("enter " + name)
    try:
        yield name
    except Exception as exc:
        events.append("%s saw %s" % (name, type(exc).__name__))
        if not suppress:
            raise
    finally:
        events.append("exit " + name)
        if fail_on_exit:
            raise OSError("exit failure in " + name)


def dump(title):
    print(title)
    for e in events:
        print("  ", e)
    events.clear()


with ExitStack() as stack:
    names = [stack.enter_context(managed(n)) for n in ["a", "b", "c"]]
    events.append("body with %s" % names)
dump("three managers, LIFO exit:")

with ExitStack() as stack:
    stack.enter_context(managed("outer"))
    stack.callback(events.append, "callback registered second")
    stack.enter_context(managed("inner"))
dump("callbacks interleave:")

try:
    with ExitStack() as stack:
        stack.enter_context(managed("x"))
        stack.enter_context(managed("y"))
        raise ValueError("body failure")
except ValueError as exc:
    events.append("outside caught " + str(exc))
dump("exception seen by every manager:")

with ExitStack() as stack:
    stack.enter_context(managed("keeps"))
    stack.enter_context(managed("eats", suppress=True))
    raise KeyError("eaten")
dump("inner manager suppresses, outer sees nothing:")

try:
    with ExitStack() as stack:
        stack.enter_context(managed("first"))
        stack.enter_context(managed("second", fail_on_exit=True))
except OSError as exc:
    events.append("outside caught OSError: " + str(exc))
dump("exit failure propagates through remaining managers:")

print("-- pop_all transfers ownership")


def open_pair():
    with ExitStack() as stack:
        left = stack.enter_context(managed("left"))
        right = stack.enter_context(managed("right"))
        moved = stack.pop_all()
    events.append("setup done for %s %s" % (left, right))
    return moved


later = open_pair()
dump("after setup:")
later.close()
dump("after close:")

print("-- conditional managers")
with ExitStack() as stack:
    for i in range(4):
        if i % 2:
            stack.enter_context(managed("odd%d" % i))
dump("only odd ones:")

print("-- failure while entering a later manager")


@contextmanager
def broken_enter():
    events.append("broken enter")
    raise RuntimeError("cannot enter")
    yield


try:
    with ExitStack() as stack:
        stack.enter_context(managed("ok"))
        stack.enter_context(broken_enter())
        events.append("not reached")
except RuntimeError as exc:
    events.append("caught " + str(exc))
dump("earlier manager cleaned up:")
