# Mapping patterns on custom Mapping classes: keys looked up with .get(), defaultdict never creates keys.
import collections
import collections.abc
import types

calls = []


class Tracked(collections.abc.Mapping):
    def __init__(self, data):
        self.data = dict(data)

    def __getitem__(self, key):
        calls.append(f"getitem {key!r}")
        return self.data[key]

    def __iter__(self):
        calls.append("iter")
        return iter(self.data)

    def __len__(self):
        calls.append("len")
        return len(self.data)

    def get(self, key, default=None):
        calls.append(f"get {key!r}")
        return self.data.get(key, default)


m = Tracked({"a": 1, "b": 2, "c": 3})
match m:
    case {"a": 1, "b": x}:
        print("matched, x =", x)
print("get calls only:", [c for c in calls if c.startswith("get ")])
print("no __getitem__ used:", not any(c.startswith("getitem") for c in calls))

calls.clear()
match m:
    case {"zzz": _}:
        print("not reached")
    case {"c": v, **rest}:
        print("c =", v, "rest =", rest)
print("lookups:", [c for c in calls if c.startswith("get ")])


class Lying(collections.abc.Mapping):
    """get() answers for any key; __getitem__ always fails."""

    def __getitem__(self, key):
        raise KeyError(key)

    def __iter__(self):
        return iter(())

    def __len__(self):
        return 5

    def get(self, key, default=None):
        return f"invented-{key}"


match Lying():
    case {"anything": value, "else": other}:
        print("Lying mapping produced:", value, other)


# defaultdict: a missing key does not trigger the default factory
dd = collections.defaultdict(list, {"present": [1]})
match dd:
    case {"missing": _}:
        print("not reached")
    case {"present": [item]}:
        print("present item:", item)
print("defaultdict keys after match:", sorted(dd))

dd2 = collections.defaultdict(int)
for key in ["x", "y"]:
    match dd2:
        case {"x": n}:
            print("found x", n)
        case _:
            print("no", key, "-> keys now", sorted(dd2))

# Counter has __missing__ returning 0, but match still treats absent keys as missing
cnt = collections.Counter("hello")
match cnt:
    case {"q": n}:
        print("q found (wrong)", n)
    case {"l": n, "h": h}:
        print("Counter: l =", n, "h =", h)

# other mapping types
for obj in [types.MappingProxyType({"k": "proxy"}), collections.OrderedDict(k="ordered"),
            collections.ChainMap({}, {"k": "chain"}), collections.UserDict(k="user")]:
    match obj:
        case {"k": v}:
            print(type(obj).__name__, "->", v)


# an object with get/keys but not registered as a Mapping does not match
class FakeMapping:
    def get(self, key, default=None):
        return 1

    def keys(self):
        return ["k"]

match FakeMapping():
    case {"k": v}:
        print("FakeMapping matched (wrong)")
    case _:
        print("FakeMapping is not a Mapping")
