# __getattr__ as a fallback: proxies, defaults, dynamic attributes, interaction with hasattr/getattr.


class Record:
    def __init__(self, **fields):
        self._fields = fields
        self.real = "real attribute"

    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("__"):
            raise AttributeError(name)
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"Record has no field {name!r}") from None


r = Record(a=1, b="two")
print(r.a, r.b, r.real)
print(hasattr(r, "c"), getattr(r, "c", "default"))
try:
    r.missing
except AttributeError as e:
    print(type(e).__name__, e)


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        self._log.append(name)
        return getattr(self._target, name)


p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p._log, p.count(1))
try:
    p.nonexistent
except AttributeError as e:
    print(type(e).__name__, e)
try:
    len(p)
except TypeError as e:
    print(type(e).__name__, e)


class Chain:
    def __init__(self, path=()):
        self.path = path

    def __getattr__(self, name):
        return Chain(self.path + (name,))

    def __repr__(self):
        return "Chain(" + ".".join(self.path) + ")"


print(Chain().api.users.list, Chain().x.y.z.path)


class Lazy:
    def __getattr__(self, name):
        value = len(name) * 10
        setattr(self, name, value)
        print("computed", name)
        return value


lz = Lazy()
print(lz.abc, lz.abc, lz.hello, sorted(vars(lz).items()))


class PropError:
    @property
    def broken(self):
        raise AttributeError("inner problem")

    def __getattr__(self, name):
        return "fallback for " + name


print(PropError().broken)


class Base:
    def __getattr__(self, name):
        return "Base fallback " + name


class Derived(Base):
    known = "known"


print(Derived().known, Derived().unknown, getattr(Derived(), "other"))
