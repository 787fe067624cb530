# Subclassing int, float, str, tuple: __new__ vs __init__, preserved and lost subclass types.


class Celsius(float):
    def __new__(cls, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        return super().__new__(cls, value)

    def to_f(self):
        return Celsius(self * 9 / 5 + 32)

    def __repr__(self):
        return f"Celsius({float(self)})"


c = Celsius(100)
print(c, repr(c), c.to_f(), c + 1, type(c + 1).__name__, c > 50, float(c) == 100.0)
try:
    Celsius(-300)
except ValueError as e:
    print(type(e).__name__, e)


class Even(int):
    def __new__(cls, value):
        value = int(value)
        if value % 2:
            value += 1
        return super().__new__(cls, value)

    def __add__(self, other):
        return Even(int(self) + int(other))

    def halves(self):
        return int(self) // 2


e = Even(3)
print(e, e + 3, type(e + 3).__name__, type(e * 2).__name__, e.halves(), Even("7"), isinstance(e, int))
print(hex(e), [10, 20, 30, 40, 50][e], e.bit_length(), -e, type(-e).__name__, e == 4, hash(e) == hash(4))


class Title(str):
    def __new__(cls, text):
        return super().__new__(cls, " ".join([w.capitalize() for w in text.split()]))

    @property
    def initials(self):
        return "".join([w[0] for w in self.split()])


t = Title("the quick fox")
print(t, repr(t), t.initials, len(t), t.upper(), type(t.upper()).__name__, t[4:9], type(t[4:9]).__name__)
print(t + "!", type(t + "!").__name__, t == "The Quick Fox", {t: 1}["The Quick Fox"], t.startswith("The"))


class Word(str):
    def __init__(self, text):
        super().__init__()
        self.length = len(text)

    def __eq__(self, other):
        return self.lower() == str(other).lower()

    __hash__ = str.__hash__


w = Word("Hello")
print(w.length, w == "HELLO", "HELLO" == w, w != "x", str.__eq__(w, "HELLO"))


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    @property
    def first(self):
        return self[0]

    def swap(self):
        return Pair(self[1], self[0])


p = Pair(1, "x")
print(p, p.first, p.swap(), len(p), p + (3,), type(p + (3,)).__name__, p == (1, "x"))


class Flags(int):
    names = {1: "a", 2: "b", 4: "c"}

    def __str__(self):
        return "|".join([n for bit, n in self.names.items() if self & bit]) or "none"


print(Flags(5), Flags(0), str(Flags(7)), repr(Flags(7)), f"{Flags(3)}", Flags(3) + 0)


class BoolLike(int):
    pass


print(BoolLike(True), bool(BoolLike(0)), isinstance(BoolLike(1), bool))
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
