# Checks eval/exec with explicit globals and locals dicts: where names are read and written.

g = {"x": 10, "y": 3}
print("eval with globals:", eval("x * y + 1", g))
print("__builtins__ inserted:", "__builtins__" in g)

l = {"y": 100}
print("locals shadow globals:", eval("x + y", g, l))
print("len is still found through builtins:", eval("len('abcd')", {}, {}))

ns = {}
exec("a = 1\nb = a + 1\nc = [a, b]", ns)
print("exec wrote into globals dict:", {k: ns[k] for k in ("a", "b", "c")})

gl = {"base": 5}
lo = {}
exec("result = base * 2\nbase = 99", gl, lo)
print("locals dict got:", sorted(lo.items()))
print("globals base unchanged:", gl["base"])

print("-- global statement inside exec writes to the globals dict")
gl = {}
lo = {}
exec("global counter\ncounter = 1\nlocal_only = 2", gl, lo)
print("counter in globals:", gl.get("counter"), "| in locals:", "counter" in lo)
print("local_only in locals:", lo.get("local_only"), "| in globals:", "local_only" in gl)

print("-- custom __builtins__ restricts available names")
restricted = {"__builtins__": {"len": len}}
print(eval("len([1, 2, 3])", restricted))
try:
    eval("abs(-1)", restricted)
except NameError as exc:
    print("NameError:", exc)

print("-- a builtin can be shadowed in the globals dict")
print(eval("abs(-4)", {"abs": lambda v: "shadowed %d" % v}))

print("-- the same dict reused across calls keeps state")
state = {}
for line in ["total = 0", "total += 5", "total *= 3", "items = [total] * 2"]:
    exec(line, state)
print(state["total"], state["items"])

print("-- eval only accepts expressions")
try:
    eval("z = 1", {})
except SyntaxError as exc:
    print("SyntaxError:", exc.msg)

print("-- locals can be any mapping for lookups")


class Loud(dict):
    def __getitem__(self, key):
        print("  lookup", key)
        return dict.__getitem__(self, key)

    def __missing__(self, key):
        raise KeyError(key)


mapping = Loud(p=2, q=7)
print(eval("p ** q", {}, mapping))
try:
    eval("p + missing_name", {}, mapping)
except NameError as exc:
    print("NameError:", exc)

print("-- globals must be a real dict")
try:
    eval("1", mapping.__class__.__mro__)
except TypeError as exc:
    print("TypeError:", exc)

print("-- exec returns None, eval returns the value")
print(exec("1 + 1", {}), eval("1 + 1"))
print("-- expressions with comprehensions see globals but not class-like locals")
print(eval("[v * k for v in range(3)]", {"k": 4}))
try:
    print(eval("[v * k for v in range(3)]", {}, {"k": 4}))
except NameError as exc:
    print("NameError inside comprehension:", exc)
print("first iterable is evaluated in the locals:", eval("[v for v in k]", {}, {"k": "ab"}))
