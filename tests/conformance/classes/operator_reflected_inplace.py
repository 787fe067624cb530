# Binary operators, reflected operators, in-place operators and NotImplemented fallback.


class Vec:
    def __init__(self, *c):
        self.c = tuple(c)

    def __repr__(self):
        return "Vec" + repr(self.c)

    def __add__(self, other):
        print("Vec.__add__", type(other).__name__)
        if isinstance(other, Vec):
            return Vec(*[a + b for a, b in zip(self.c, other.c)])
        if isinstance(other, (int, float)):
            return Vec(*[a + other for a in self.c])
        return NotImplemented

    def __radd__(self, other):
        print("Vec.__radd__", type(other).__name__)
        return self + other

    def __mul__(self, k):
        if not isinstance(k, (int, float)):
            return NotImplemented
        return Vec(*[a * k for a in self.c])

    __rmul__ = __mul__

    def __matmul__(self, other):
        return sum([a * b for a, b in zip(self.c, other.c)])

    def __neg__(self):
        return Vec(*[-a for a in self.c])

    def __abs__(self):
        return sum([a * a for a in self.c]) ** 0.5

    def __eq__(self, other):
        return isinstance(other, Vec) and self.c == other.c


v = Vec(1, 2)
print(v + Vec(10, 20), v + 1, 1 + v, 2 * v, v * 3, v @ Vec(3, 4), -v, abs(Vec(3, 4)))
print(sum([Vec(1, 1), Vec(2, 2)], Vec(0, 0)))
print(sum([Vec(1, 1), Vec(2, 2)]))


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, other):
        print("Acc.__iadd__")
        self.items.append(other)
        return self

    def __add__(self, other):
        print("Acc.__add__")
        new = Acc()
        new.items = self.items + [other]
        return new


a = Acc()
alias = a
a += 1
a += 2
print(a is alias, a.items)
b = a + 3
print(b is a, b.items, a.items)

v2 = v
v2 += Vec(1, 1)
print(v2, v, v2 is v)
v3 = Vec(2, 2)
v3 *= 5
print(v3)


class Left:
    def __add__(self, other):
        print("Left.__add__ -> NotImplemented")
        return NotImplemented


class Right:
    def __radd__(self, other):
        print("Right.__radd__")
        return "right handled"


print(Left() + Right())


class Base:
    def __add__(self, other):
        return "Base.__add__"

    def __radd__(self, other):
        return "Base.__radd__"


class Derived(Base):
    def __radd__(self, other):
        return "Derived.__radd__ (preferred)"


print(Base() + Derived(), Derived() + Base())


class Power:
    def __pow__(self, exp, mod=None):
        return ("pow", exp, mod)

    def __rpow__(self, base):
        return ("rpow", base)

    def __floordiv__(self, o):
        return "floordiv"

    def __rtruediv__(self, o):
        return "rtruediv"

    def __lshift__(self, o):
        return "lshift"

    def __and__(self, o):
        return "and"

    def __ror__(self, o):
        return "ror"

    def __mod__(self, o):
        return "mod"

    def __invert__(self):
        return "invert"


pw = Power()
print(pw ** 2, pow(pw, 2, 5), 2 ** pw, pw // 1, 1 / pw, pw << 1, pw & 1, 1 | pw, pw % 3, ~pw)

for expr in ["Left() + Left()", "Vec(1) * Vec(1)", "'s' - Vec(1)", "Left() < Right()"]:
    try:
        eval(expr)
    except TypeError as e:
        print(type(e).__name__, e)
