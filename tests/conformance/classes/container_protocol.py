# __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__, __reversed__,
# slicing with slice objects, and __missing__ on a dict subclass.


class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}

    def __len__(self):
        return self.w * self.h

    def _check(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {key} out of range")

    def __getitem__(self, key):
        self._check(key)
        return self.cells.get(key, ".")

    def __setitem__(self, key, value):
        self._check(key)
        self.cells[key] = value

    def __delitem__(self, key):
        del self.cells[key]

    def __contains__(self, value):
        return value in self.cells.values()

    def __iter__(self):
        return iter([self[x, y] for y in range(self.h) for x in range(self.w)])


g = Grid(3, 2)
g[0, 0] = "a"
g[2, 1] = "b"
print(len(g), g[0, 0], g[1, 1], "a" in g, "z" in g, "z" not in g)
print(list(g), "".join(g))
del g[0, 0]
print(list(g))
for bad in [(3, 0), (0, -1)]:
    try:
        g[bad] = 1
    except IndexError as e:
        print(type(e).__name__, e)
try:
    del g[1, 1]
except KeyError as e:
    print(type(e).__name__, e)


class Seq:
    def __init__(self, data):
        self.data = list(data)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        if isinstance(index, slice):
            print("slice", index.start, index.stop, index.step)
            return Seq(self.data[index])
        return self.data[index]

    def __reversed__(self):
        return iter(["rev:" + str(x) for x in self.data[::-1]])

    def __repr__(self):
        return "Seq(" + repr(self.data) + ")"


s = Seq(range(10))
print(s[2], s[-1], s[2:8:2], s[::3], s[:2])
print(list(reversed(s)))
print(sorted(Seq([3, 1, 2])), list(Seq("abc")), 5 in s, 50 in s)
print(len(Seq([])), bool(Seq([])), bool(Seq([0])))


class Defaults(dict):
    def __missing__(self, key):
        value = key.upper() if isinstance(key, str) else key * 2
        self[key] = value
        return value


d = Defaults(a=1)
print(d["a"], d["bee"], d[21], sorted(d.items(), key=str), d.get("zzz"), "zzz" in d)

try:
    len(Grid(-1, 3))
except ValueError as e:
    print(type(e).__name__, e)


class BadLen:
    def __len__(self):
        return "3"


try:
    len(BadLen())
except TypeError as e:
    print(type(e).__name__, e)
