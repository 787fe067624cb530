# None/True/False patterns compare by identity (is), unlike numeric literals which use ==.


def classify(value):
    match value:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 0:
            return "equals 0"
        case 1:
            return "equals 1"
        case _:
            return "something else"


for v in [None, True, False, 0, 1, 0.0, 1.0, "", [], (), 0j, 1 + 0j]:
    print(f"{v!r:>8} -> {classify(v)}")


class AlwaysEqual:
    def __init__(self):
        self.calls = 0

    def __eq__(self, other):
        self.calls += 1
        print(f"  __eq__ called with {other!r}")
        return True

    __hash__ = object.__hash__


obj = AlwaysEqual()
match obj:
    case None:
        print("matched None (wrong)")
    case True:
        print("matched True (wrong)")
    case False:
        print("matched False (wrong)")
    case 5:
        print("matched 5 via __eq__")
print("__eq__ calls:", obj.calls)


# A bool subclass is impossible, but ints equal to True are not True.
class MyInt(int):
    pass


for v in [MyInt(1), MyInt(0), 1, True]:
    match v:
        case True:
            print(repr(v), type(v).__name__, "is True")
        case 1:
            print(repr(v), type(v).__name__, "== 1 but not True")
        case False:
            print(repr(v), type(v).__name__, "is False")
        case 0:
            print(repr(v), type(v).__name__, "== 0 but not False")

# Singletons inside other patterns
for v in [[None, 1], [True, 1], [1, 1], {"flag": False}, {"flag": 0}]:
    match v:
        case [None, x]:
            print(v, "-> list starting with None, x =", x)
        case [True, x]:
            print(v, "-> list starting with True, x =", x)
        case {"flag": False}:
            print(v, "-> flag is False")
        case _:
            print(v, "-> no singleton match")

# None inside an or-pattern
for v in [None, "", 0, "x"]:
    match v:
        case None | "":
            print(repr(v), "-> missing")
        case _:
            print(repr(v), "-> present")
