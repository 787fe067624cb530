# Iterating over dicts, strings, ranges, tuples, sets and bytes with tuple targets.
d = {"one": 1, "two": 2, "three": 3}
for k in d:
    print("key", k)
for k, v in d.items():
    print("item", k, v)
for v in d.values():
    print("value", v)
for i, (k, v) in enumerate(d.items(), start=1):
    print(i, k, v)

for ch in "héllo":
    print(ch, ord(ch), end="; ")
print()

for n in range(10, 0, -3):
    print(n, end=" ")
print()

for a, b in [(1, "x"), (2, "y")]:
    print(a * b)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a + b + c)
for x, *rest in ["abc", "de"]:
    print(x, rest)

for s in sorted({"pear", "apple", "fig"}):
    print("sorted set item", s)
for n in sorted({3, 1, 2}, reverse=True):
    print("number", n)

for byte in b"AZ":
    print("byte", byte)

for key in sorted(d, key=d.get, reverse=True):
    print("by value", key)

nested = {"a": {"x": 1, "y": 2}, "b": {"z": 3}}
for outer, inner in nested.items():
    for ik, iv in inner.items():
        print(outer + "." + ik, "=", iv)

for i in reversed(range(3)):
    print("reversed", i)
for k in reversed(d):
    print("reversed key", k)
for c in reversed("abc"):
    print("rev char", c)

# Iterating over a custom iterable with __iter__ returning a list iterator.
class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __iter__(self):
        return iter(self.items)


for item in Bag("p", "q"):
    print("bag", item)


# __getitem__-based iteration protocol.
class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i


for sq in Squares():
    print("square", sq)
print(list(Squares()), 9 in Squares())

# Dict iteration keeps insertion order after updates.
d["zero"] = 0
d["one"] = 100
del d["two"]
print(list(d), [v for v in d.values()])

# Iterating over a dict while changing it raises RuntimeError.
try:
    for k in d:
        d[k + "!"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
