# The subject expression is evaluated exactly once, before any case; tuple subjects; unpacked star subjects.
counter = {"calls": 0}


def next_value():
    counter["calls"] += 1
    print(f"  subject evaluated (call #{counter['calls']})")
    return counter["calls"] * 10


match next_value():
    case 0:
        print("zero")
    case 5:
        print("five")
    case 100:
        print("hundred")
    case value:
        print("captured", value)
print("calls after first match:", counter["calls"])

# no case matches: still evaluated once
match next_value():
    case 1 | 2 | 3:
        print("small")
print("calls after second match:", counter["calls"])


class Source:
    def __init__(self):
        self.reads = 0

    @property
    def data(self):
        self.reads += 1
        return [self.reads, "payload"]


src = Source()
match src.data:
    case [1, p] if src.reads == 1:
        print("property read once so far:", p)
    case _:
        print("unexpected")
print("reads:", src.reads)

# a tuple subject written without parentheses
a, b = 3, 4
match a, b:
    case (3, 4):
        print("tuple subject matched (3, 4)")

# starred items in the subject build a tuple
rest = [7, 8]
match 1, *rest:
    case (1, 7, 8):
        print("starred subject became a tuple of 3")

# the subject is an iterator: sequence patterns do not consume it
it = iter([1, 2, 3])
match it:
    case [x, *_]:
        print("iterator matched as sequence (wrong)")
    case _:
        print("iterator not a sequence; still has", list(it))

# generator as subject is evaluated once; matching a list built from it
def gen():
    print("  generator started")
    yield from range(3)

match list(gen()):
    case [0, 1, 2]:
        print("list of generator output matched")

# subject value captured before a case body mutates the source variable
items = [1, 2]
match items:
    case [first, *_]:
        items = "replaced"
        print("first:", first, "items now:", items)

# walrus in the subject
match (n := next_value()) // 10:
    case k if k == counter["calls"]:
        print("walrus subject: n =", n, "k =", k)
print("total subject calls:", counter["calls"])
