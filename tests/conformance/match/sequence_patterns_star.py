# Sequence patterns: lists and tuples, star captures at start/middle/end, [*_], length mismatches.


def split(seq):
    match seq:
        case []:
            return "empty"
        case [only]:
            return f"single {only!r}"
        case [first, second]:
            return f"pair {first!r},{second!r}"
        case [first, *middle, last] if len(middle) == 1:
            return f"triple first={first!r} middle={middle!r} last={last!r}"
        case [first, *rest] if first == "head":
            return f"head then rest={rest!r}"
        case [*init, "tail"]:
            return f"init={init!r} before tail"
        case [a, b, *mid, c, d]:
            return f"a={a} b={b} mid={mid} c={c} d={d}"
        case _:
            return "no match"


for s in [[], [1], (1,), [1, 2], (1, 2), [1, 2, 3], ("head", 1, 2, 3), ["x", "y", "tail", "tail"],
          [1, 2, 3, 4], list(range(7)), range(5), (1, 2, 3, 4, 5)]:
    print(f"{s!r:>30} -> {split(s)}")

# star capture is always a list, even for tuple or range subjects
match (1, 2, 3):
    case (first, *rest):
        print("tuple rest:", rest, type(rest).__name__)
match range(4):
    case [*init, last]:
        print("range init:", init, type(init).__name__, "last:", last)

# [*_] matches any sequence, [*x] captures a copy
data = [1, 2, 3]
match data:
    case [*everything]:
        print("copy equal:", everything == data, "same object:", everything is data)
for s in [[], (), [1, 2], "not a sequence here"]:
    match s:
        case [*_]:
            print(repr(s), "matches [*_]")
        case _:
            print(repr(s), "does not match [*_]")

# tuple syntax and list syntax are interchangeable
for pattern_kind in [(1, 2), [1, 2]]:
    match pattern_kind:
        case (a, b):
            print("paren pattern matched", type(pattern_kind).__name__, a, b)
    match pattern_kind:
        case a, b:
            print("open tuple pattern matched", a, b)

# length mismatch: too short, too long
for s in [[1], [1, 2, 3]]:
    match s:
        case [a, b]:
            print("exactly two")
        case [a, b, c, d, *rest]:
            print("four or more")
        case _:
            print(len(s), "elements: no fixed pattern matched")

# empty star capture
match [1, 2]:
    case [a, *empty, b]:
        print("empty star:", a, empty, b)

# nested sequence with star
match [[1, 2, 3], [4], []]:
    case [[h, *t], [single], [*nothing]]:
        print("nested star:", h, t, single, nothing)

# two starred names is a compile-time error
try:
    compile("match s:\n    case [*a, *b]:\n        pass\n", "<star>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
