# Several context managers in one with statement: order of enter/exit, values, errors.
events = []


class CM:
    def __init__(self, name, fail_enter=False, suppress=False):
        self.name = name
        self.fail_enter = fail_enter
        self.suppress = suppress

    def __enter__(self):
        events.append("enter " + self.name)
        if self.fail_enter:
            raise RuntimeError("enter failed: " + self.name)
        return self.name.upper()

    def __exit__(self, t, v, tb):
        events.append("exit %s (%s)" % (self.name, t.__name__ if t else "-"))
        return self.suppress


def flush(label):
    print(label + ":", ", ".join(events))
    events.clear()


with CM("a") as a, CM("b") as b, CM("c") as c:
    events.append("body " + a + b + c)
flush("three")

try:
    with CM("a"), CM("b"), CM("c"):
        raise ValueError("body")
except ValueError:
    events.append("caught")
flush("body raises")

try:
    with CM("a"), CM("b", fail_enter=True), CM("c"):
        events.append("never")
except RuntimeError as e:
    events.append(str(e))
flush("enter fails")

with CM("a"), CM("b", suppress=True), CM("c"):
    raise KeyError("k")
flush("middle suppresses")

# Parenthesized form (3.10+).
with (
    CM("x") as x,
    CM("y") as y,
):
    events.append(x + y)
flush("parenthesized")


# Return from inside a with runs all exits.
def ret():
    with CM("r1"), CM("r2"):
        return "returned"


print(ret())
flush("return")

# break and continue.
for i in range(3):
    with CM("loop%d" % i):
        if i == 0:
            continue
        if i == 2:
            break
        events.append("body %d" % i)
flush("loop")

# Target can be a subscript or an attribute or tuple.
store = {}


class Box:
    pass


box = Box()
with CM("s") as store["k"], CM("t") as box.attr:
    pass
print(store, box.attr)
flush("targets")


class Pair:
    def __enter__(self):
        return (1, (2, 3))

    def __exit__(self, *a):
        return None


with Pair() as (p, (q, r)):
    print(p, q, r)
