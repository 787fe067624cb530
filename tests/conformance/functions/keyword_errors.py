# TypeError messages for bad keyword arguments.

def f(a, b=0, *, c=1):
    return (a, b, c)


def g(x, **kw):
    return (x, kw)


def h(a, /, b):
    return (a, b)


def unknown_kw():
    return f(1, d=2)


cases = [
    ("unknown", unknown_kw),
    ("dup positional+kw", lambda: f(1, a=2)),
    ("dup b", lambda: f(1, 2, b=3)),
    ("dup via dict", lambda: f(1, **{"b": 2, "a": 3})),
    ("g dup x", lambda: g(1, x=2)),
    ("g ok", lambda: g(1, y=2, z=3)),
    ("h posonly as kw", lambda: h(a=1, b=2)),
    ("h ok", lambda: h(1, b=2)),
    ("non-str key", lambda: f(1, **{1: 2})),
    ("two unknown", lambda: f(1, zz=1, yy=2)),
    ("kw to builtin", lambda: len(obj=[1])),
    ("kw to sorted ok", lambda: sorted([3, 1], reverse=True)),
    ("bad kw to sorted", lambda: sorted([3, 1], rev=True)),
    ("method unknown", lambda: "x".split(sepx=",")),
]
for label, fn in cases:
    try:
        print(label, "->", fn())
    except TypeError as e:
        print(label, "->", type(e).__name__, e)


class Point:
    def __init__(self, x, y=0):
        self.x, self.y = x, y


for args, kwargs in [((1,), {"z": 3}), ((1, 2), {"x": 3}), ((), {"y": 2})]:
    try:
        p = Point(*args, **kwargs)
        print("made", p.x, p.y)
    except TypeError as e:
        print(type(e).__name__, e)

print(f(1, c=3, b=2))
print(f(b=5, a=4))
