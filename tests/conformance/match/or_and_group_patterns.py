# Or-patterns (alternatives tried left to right, captures bound in every alternative) and group (parenthesised) patterns.


def shape(value):
    match value:
        case 1 | 2 | 3:
            return "small int"
        case "a" | "b" | ("c" | "d"):
            return "early letter"
        case [x] | (x, _) | [_, _, x]:
            return f"sequence, x={x!r}"
        case {"id": key} | {"key": key}:
            return f"mapping key={key!r}"
        case (None | True) as flag:
            return f"flag {flag!r}"
        case _:
            return "other"


for v in [2, 3, 4, "a", "d", "e", [9], (7, 8), [4, 5, 6], [1, 2, 3, 4],
          {"id": 10}, {"key": "k"}, {"other": 1}, None, True, False]:
    print(f"{v!r:>16} -> {shape(v)}")

# alternatives are tried left to right; first success wins
trace = []


class Probe:
    def __init__(self, name, equal):
        self.name = name
        self.equal = equal

    def __eq__(self, other):
        trace.append(f"{self.name}=={other!r}")
        return self.equal


class P:
    A = Probe("A", False)
    B = Probe("B", True)
    C = Probe("C", True)


match "subject":
    case P.A | P.B | P.C:
        print("or-pattern matched after trace:", trace)

# group patterns are just parentheses
match 5:
    case (((5))):
        print("deeply parenthesised literal matched")

match [1, 2]:
    case ([a, b]):
        print("grouped sequence:", a, b)

# a parenthesised single pattern is not a tuple
match 1:
    case (1):
        print("(1) is a group pattern, not a tuple")
match (1,):
    case (1,):
        print("(1,) is a sequence pattern")

# or-pattern capturing the same name in a nested position
for item in [("point", 1, 2), ("vec", (3, 4)), ("scalar", 5)]:
    match item:
        case ("point", x, y) | ("vec", (x, y)):
            print(item[0], "-> coordinates", x, y)
        case ("scalar", x):
            print("scalar", x)

# or of class patterns
for v in [1, 2.5, "s", b"b", [1]]:
    match v:
        case int() | float():
            print(repr(v), "is a number")
        case str() | bytes():
            print(repr(v), "is text-like")
        case _:
            print(repr(v), "is something else")
