# Attribute access and assignment on modules/objects, subscripts and slices of every kind.
import types
ns = types.SimpleNamespace(a=1)
ns.b = 2
ns.a += 10
print(ns.a, ns.b, vars(ns))
del ns.b
print(hasattr(ns, "b"), getattr(ns, "a"))
s = list(range(10))
print(s[2], s[-1], s[2:5], s[:3], s[7:], s[::3], s[::-2], s[1:8:2], s[-3:-1])
s[2:4] = ["x", "y", "z"]
del s[0:2]
s[0] += "!"
print(s)
grid = {(0, 0): "origin"}
print(grid[0, 0], "abcdef"[1:-1:2], (1, 2, 3)[::-1], b"bytes"[1:3])
d = {"k": [1, {"n": 5}]}
d["k"][1]["n"] *= 3
print(d)
