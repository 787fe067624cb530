# Numeric conversion dunders: __index__, __int__, __float__, __complex__, __round__, __trunc__,
# __floor__/__ceil__, __abs__, __hash__ consistency, and errors when missing.
import math
import operator


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        print("__index__", self.n)
        return self.n


data = list("abcdefgh")
print(data[Idx(2)], data[Idx(1):Idx(4)], bin(Idx(5)), hex(Idx(255)), range(Idx(3))[-1])
print("xy" * Idx(2), operator.index(Idx(7)), int(Idx(9)))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __int__(self):
        return self.cents // 100

    def __float__(self):
        return self.cents / 100

    def __complex__(self):
        return complex(self.cents / 100, 0)

    def __round__(self, ndigits=None):
        if ndigits is None:
            return round(self.cents / 100)
        return Money(round(self.cents, ndigits - 2 if ndigits < 2 else 0))

    def __trunc__(self):
        return int(self)

    def __floor__(self):
        return self.cents // 100

    def __ceil__(self):
        return -(-self.cents // 100)

    def __abs__(self):
        return Money(abs(self.cents))

    def __repr__(self):
        return f"Money({self.cents})"


m = Money(1250)
print(int(m), float(m), complex(m), round(m), round(m, 0), math.trunc(m), math.floor(m), math.ceil(m))
print(abs(Money(-5)), math.sqrt(Money(400)), f"{float(m):.1f}")
try:
    [1, 2][Money(1)]
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(Money(300))
except TypeError as e:
    print(type(e).__name__, e)


class Nothing:
    pass


for conv in [int, float, complex, abs, round]:
    try:
        conv(Nothing())
    except TypeError as e:
        print(type(e).__name__, e)


class BadInt:
    def __int__(self):
        return "not an int"


try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)


class BadIndex:
    def __index__(self):
        return 1.5


try:
    [0, 1][BadIndex()]
except TypeError as e:
    print(type(e).__name__, e)


class IntSub(int):
    def __index__(self):
        return 99


print([10, 20, 30][IntSub(1)], operator.index(IntSub(1)), hex(IntSub(1)))


class Frac:
    def __init__(self, n, d):
        self.n, self.d = n, d

    def __float__(self):
        return self.n / self.d

    def __eq__(self, other):
        return float(self) == float(other)

    def __hash__(self):
        return hash(float(self))


print(Frac(1, 2) == 0.5, Frac(2, 4) == Frac(1, 2), len({Frac(1, 2), Frac(2, 4), Frac(1, 3)}), math.isclose(Frac(1, 3), 0.3333333))
