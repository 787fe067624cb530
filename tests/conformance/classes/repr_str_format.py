# __repr__, __str__, __format__ and how print, str(), repr(), f-strings and format() use them.


class Money:
    def __init__(self, amount, currency="EUR"):
        self.amount = amount
        self.currency = currency

    def __repr__(self):
        return f"Money({self.amount!r}, {self.currency!r})"

    def __str__(self):
        return f"{self.amount:.2f} {self.currency}"

    def __format__(self, spec):
        if spec == "short":
            return f"{self.amount:g}{self.currency[0]}"
        if spec.startswith(">") or spec.startswith("<") or spec.startswith("^"):
            return format(str(self), spec)
        if spec:
            return format(self.amount, spec) + " " + self.currency
        return str(self)


m = Money(12.5)
print(m)
print(repr(m), str(m))
print(f"{m}|{m!r}|{m!s}|{m:short}|{m:.3f}|{m:>14}|{m:^14}|")
print(format(m, "short"), format(m), "{0:short} and {0!r}".format(m))
print([m, Money(3, "USD")])
print({"k": m})
print((m,))
print("%s / %r" % (m, m))


class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"


o = OnlyRepr()
print(o, str(o), f"{o}", format(o, ""))
try:
    format(o, "x")
except TypeError as e:
    print(type(e).__name__, e)


class OnlyStr:
    def __str__(self):
        return "only-str"

    __repr__ = lambda self: "OnlyStr()"


print(OnlyStr(), [OnlyStr()], f"{OnlyStr()!r:>10}")


class BadRepr:
    def __repr__(self):
        return 42


try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)


class BadFormat:
    def __format__(self, spec):
        return None


try:
    f"{BadFormat()}"
except TypeError as e:
    print(type(e).__name__, e)


class Recursive:
    def __init__(self):
        self.children = []

    def __repr__(self):
        return "R" + repr(self.children)


r = Recursive()
r.children.append(Recursive())
r.children[0].children.append(Recursive())
print(r)


class Sub(int):
    def __str__(self):
        return "Sub:" + super().__str__()


print(Sub(7), repr(Sub(7)), f"{Sub(7)}", f"{Sub(7):03d}", "%d" % Sub(7))


class Angle(float):
    def __format__(self, spec):
        return super().__format__(spec) + "deg"


print(f"{Angle(1.5):.2f}", format(Angle(2)))
