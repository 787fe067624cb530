# str, bytes and bytearray never match sequence patterns; other non-sequences (dict, set, iterators) neither.


def probe(subject):
    match subject:
        case []:
            return "empty sequence"
        case [x]:
            return f"one element {x!r}"
        case [x, y]:
            return f"two elements {x!r} {y!r}"
        case [*items]:
            return f"sequence of {len(items)}"
        case str():
            return "a str (class pattern)"
        case bytes() | bytearray():
            return "bytes-like (class pattern)"
        case _:
            return "not a sequence"


subjects = [
    "", "a", "ab", "abc",
    b"", b"a", b"ab",
    bytearray(b"xy"),
    memoryview(b"mv"),
    [], ["a"], ("a", "b"), [1, 2, 3],
    {"a": 1}, {1, 2}, frozenset([1]),
    iter([1, 2]), (i for i in range(2)),
    range(0), range(2), 5, None,
]
for s in subjects:
    name = type(s).__name__
    print(f"{name:>10} {probe(s)}")

# A str subclass is still excluded
class Name(str):
    pass

match Name("ab"):
    case [a, b]:
        print("str subclass matched sequence (wrong)")
    case _:
        print("str subclass is not a sequence for matching")

# strings inside a sequence are fine as elements
match ["hello", b"bytes"]:
    case [str() as s, bytes() as b]:
        print("elements:", s, b)

# unpacking a string in assignment works, but not in match
a, b = "xy"
print("assignment unpacking:", a, b)
match "xy":
    case (a, b):
        print("not reached")
    case _:
        print("match does not unpack strings")

# dict keys are not iterated as a sequence
match {"k": 1, "j": 2}:
    case [k1, k2]:
        print("dict matched as sequence (wrong)")
    case {"k": v}:
        print("dict matched as mapping, v =", v)

# array.array is registered as a Sequence, so it does match
import array
match array.array("i", [7, 8, 9]):
    case [first, *rest]:
        print("array matched:", first, rest)
