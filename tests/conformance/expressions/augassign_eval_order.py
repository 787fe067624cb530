# Augmented assignment on attributes and subscripts: evaluation order and single evaluation.
log = []


def L(msg, value):
    log.append(msg)
    return value


def show(label):
    print(label, "|", " ".join(log))
    log.clear()


class Obj:
    def __init__(self):
        self.__dict__["v"] = 1

    def __getattr__(self, name):
        log.append("getattr-missing " + name)
        return 0

    def __getattribute__(self, name):
        if name == "v":
            log.append("get v")
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        log.append("set %s=%r" % (name, value))
        object.__setattr__(self, name, value)


class Seq:
    def __init__(self):
        self.data = {0: 10, "k": "s"}

    def __getitem__(self, key):
        log.append("getitem %r" % (key,))
        return self.data[key]

    def __setitem__(self, key, value):
        log.append("setitem %r=%r" % (key, value))
        self.data[key] = value


o = Obj()
L("target", o).v += L("rhs", 5)
show("attr +=")
L("target", o).w -= L("rhs", 2)
show("missing attr -=")

s = Seq()
L("container", s)[L("key", 0)] *= L("rhs", 3)
show("item *=")
L("container", s)[L("key", "k")] += L("rhs", "t")
show("item str +=")
print(s.data)

# Simple assignment: right side is evaluated first, then targets left to right.
a = {}
L("c1", a)[L("k1", "x")] = L("c2", a)[L("k2", "y")] = L("value", 7)
show("chained assign")
print(a)

b = [0, 0, 0]
i = 0
i, b[i] = 1, 5
print(i, b)


# In-place operators on mutable vs immutable objects.
lst = [1]
alias = lst
lst += [2]
print(lst is alias, alias)
tup = (1,)
alias_t = tup
tup += (2,)
print(tup is alias_t, alias_t, tup)


class IAdd:
    def __init__(self):
        self.items = []

    def __iadd__(self, other):
        log.append("__iadd__")
        self.items.append(other)
        return self


class AddOnly:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        log.append("__add__")
        return AddOnly(self.n + other)


x = IAdd()
y = x
x += 5
show("iadd")
print(x is y, x.items)
z = AddOnly(1)
z2 = z
z += 4
show("add fallback")
print(z is z2, z.n, z2.n)

# Augmented assignment on nested subscripts evaluates the outer expression once.
grid = [[0, 0], [0, 0]]
L("grid", grid)[L("row", 1)][L("col", 0)] += L("inc", 9)
show("nested")
print(grid)

# Tuple in subscript with augmented assignment.
d = {(1, 2): 5}
d[1, 2] **= 2
print(d)
