# Subclassing dict and list: overridden methods, which builtins bypass overrides, extra state.


class LowerDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return super().__contains__(key.lower())


d = LowerDict()
d["Hello"] = 1
d["WORLD"] = 2
print(d, d["HELLO"], "hello" in d, "HeLLo" in d, len(d), type(d).__name__)
d2 = LowerDict(Mixed=3)
print(d2, "mixed" in d2)
d.update({"UPDATE": 4})
print(sorted(d), d.get("HELLO"), d.get("hello"))
print(isinstance(d, dict), dict(d) == {"hello": 1, "world": 2, "UPDATE": 4}, type(d.copy()).__name__)


class DefaultList(list):
    def __init__(self, default, *args):
        super().__init__(*args)
        self.default = default

    def __getitem__(self, index):
        if isinstance(index, int) and index >= len(self):
            return self.default
        return super().__getitem__(index)

    def sum(self):
        return sum(self)


dl = DefaultList(0, [1, 2, 3])
print(dl[1], dl[10], dl[-1], dl[:2], type(dl[:2]).__name__, dl.sum())
dl.append(4)
dl += [5]
print(dl, type(dl).__name__, dl.default, len(dl))
print(type(dl + [6]).__name__, type(dl * 2).__name__, sorted(dl, reverse=True))
print([x for x in dl], list(reversed(dl)), dl == [1, 2, 3, 4, 5], dl.index(3))


class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        if not self:
            raise IndexError("peek at empty stack")
        return self[-1]

    def __repr__(self):
        return "Stack" + super().__repr__()


s = Stack().push(1).push(2)
print(s, s.peek(), s.pop(), s, bool(Stack()))
try:
    Stack().peek()
except IndexError as e:
    print(type(e).__name__, e)


class CountingDict(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.sets = 0

    def __setitem__(self, k, v):
        self.sets += 1
        super().__setitem__(k, v)


cd = CountingDict(a=1)
cd["b"] = 2
cd.setdefault("c", 3)
cd.update(d=4)
print(sorted(cd.items()), cd.sets, vars(cd))


class OrderedSet(list):
    def add(self, x):
        if x not in self:
            self.append(x)


os_ = OrderedSet()
for ch in "mississippi":
    os_.add(ch)
print(os_, "".join(os_))


class Registry(dict):
    def __missing__(self, key):
        return f"<no {key}>"

    def __repr__(self):
        return "Registry(" + ", ".join([f"{k}={v}" for k, v in self.items()]) + ")"


r = Registry(x=1)
print(r["x"], r["y"], r, r.get("y", "get bypasses __missing__"))
