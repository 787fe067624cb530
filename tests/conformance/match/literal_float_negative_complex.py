# Literal patterns: floats, negative numbers, complex literals (1+2j, -3-4j, 2j), inf/nan behaviour via ==.
import math


def kind(x):
    match x:
        case -1:
            return "minus one"
        case -2.5:
            return "minus two and a half"
        case 0.5:
            return "one half"
        case 1e3:
            return "1e3"
        case 1 + 2j:
            return "1+2j"
        case -3 - 4j:
            return "-3-4j"
        case 2j:
            return "2j"
        case -0j:
            return "negative zero imaginary"
        case 0.1:
            return "0.1"
        case _:
            return "no match"


values = [-1, -1.0, -2.5, 0.5, 1/2, 1000, 1000.0, complex(1, 2), complex(-3, -4),
          2j, complex(0, 2), 0, 0.0, -0.0, 0.1, 0.1 + 0.2 - 0.2, 0.30000000000000004 - 0.2,
          complex(1, 2.0000001), -2, math.inf]
for v in values:
    print(f"{v!r:>24} -> {kind(v)}")

# negative zero and zero are equal
match -0.0:
    case 0:
        print("-0.0 matches literal 0")

# nan never equals itself, so a value pattern bound to nan never matches
class Consts:
    NAN = float("nan")
    INF = float("inf")

for v in [float("nan"), Consts.NAN, float("inf"), -float("inf")]:
    match v:
        case Consts.NAN:
            print(v, "matched NAN")
        case Consts.INF:
            print(v, "matched INF")
        case _:
            print(v, "no match")

# complex literals inside sequences and mappings
points = [[1 + 2j, 0], {"z": -3 - 4j}, (2j,), [1.5, -0.5]]
for p in points:
    match p:
        case [1 + 2j, n]:
            print(p, "-> starts with 1+2j, n =", n)
        case {"z": -3 - 4j}:
            print(p, "-> mapping with -3-4j")
        case (2j,):
            print(p, "-> tuple of 2j")
        case [1.5, -0.5]:
            print(p, "-> float pair")

# Invalid numeric patterns are syntax errors
for src in ["1 + 2", "-x", "2j + 1", "1 - 2", "--1", "1 + -2j"]:
    code = f"match v:\n    case {src}:\n        pass\n"
    try:
        compile(code, "<pattern>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "-> SyntaxError:", e.msg)
