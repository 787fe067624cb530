# functools.partialmethod and partial objects stored on classes.
from functools import partialmethod, partial


class Cell:
    def __init__(self):
        self.state = "dead"
        self.log = []

    def set_state(self, state, *, reason="none"):
        self.log.append((state, reason))
        self.state = state
        return self

    set_alive = partialmethod(set_state, "alive")
    set_dead = partialmethod(set_state, "dead", reason="default")
    plain_partial = partial(set_state, None)  # not a descriptor


c = Cell()
c.set_alive()
print(c.state)
c.set_dead()
c.set_alive(reason="revived")
c.set_dead(reason="explicit")
print(c.state, c.log)
print(type(Cell.__dict__["set_alive"]).__name__)
try:
    c.plain_partial("x")
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Cell.plain_partial).__name__, Cell.plain_partial.args)


class Formatter:
    def fmt(self, value, width, fill=" "):
        return str(value).rjust(width, fill)

    pad5 = partialmethod(fmt, width=5)
    zeros = partialmethod(fmt, width=6, fill="0")

    @classmethod
    def make(cls, tag, value):
        return f"{cls.__name__}:{tag}:{value}"

    make_a = partialmethod(make, "A")


f = Formatter()
print(repr(f.pad5(42)), repr(f.zeros(7)), repr(f.pad5("ab", fill="*")))
print(f.make_a(1), Formatter.make_a(2))


class Sub(Formatter):
    pass


print(Sub.make_a(3), Sub().make_a(4))
pm = Formatter.__dict__["zeros"]
print(pm.func.__name__, pm.args, pm.keywords)
