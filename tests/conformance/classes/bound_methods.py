# Bound and unbound methods: __self__, __func__, equality, storing methods, method on class vs instance.


class Greeter:
    prefix = "Hi"

    def __init__(self, name):
        self.name = name

    def greet(self, other="world"):
        return f"{self.prefix} {other}, I am {self.name}"


g = Greeter("ann")
m = g.greet
print(m(), m("bob"), Greeter.greet(g, "cid"))
print(m.__self__ is g, m.__func__ is Greeter.greet, m.__name__, m.__qualname__)
print(g.greet == g.greet, g.greet is g.greet, g.greet == Greeter("x").greet)
print(type(m).__name__, type(Greeter.greet).__name__)

callbacks = [Greeter(n).greet for n in ["a", "b"]]
print([cb("z") for cb in callbacks])

Greeter.prefix = "Hello"
print(m())
g.name = "renamed"
print(m())


def external(self, suffix):
    return self.name + suffix


Greeter.ext = external
print(g.ext("!"), Greeter.ext is external)

import types
g2 = Greeter("solo")
g2.own = types.MethodType(lambda self: "own method of " + self.name, g2)
print(g2.own(), hasattr(Greeter("other"), "own"))

try:
    Greeter.greet()
except TypeError as e:
    print(type(e).__name__, e)
try:
    g.greet("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
try:
    g.greet(other="x", extra=1)
except TypeError as e:
    print(type(e).__name__, e)


class Handler:
    def __init__(self):
        self.seen = []

    def on(self, event):
        self.seen.append(event)
        return len(self.seen)


h = Handler()
dispatch = {"click": h.on, "key": h.on}
for ev in ["click", "key", "click"]:
    dispatch[ev](ev)
print(h.seen)

print(list(map(str.upper, ["a", "b"])), sorted(["b", "A", "c"], key=str.lower))
print("x".join.__self__, [].append.__name__, type(len).__name__, type("".join).__name__)


class WithCall:
    def method(self):
        return self

    static = staticmethod(lambda: "static")


wc = WithCall()
print(wc.method() is wc, wc.method.__func__(42), wc.static(), WithCall.static())
