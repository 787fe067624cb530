# Literal and value patterns call the subject's __eq__ (subject == pattern); print every call and its order.
calls = []


class Spy:
    def __init__(self, name, equal_to=()):
        self.name = name
        self.equal_to = equal_to

    def __eq__(self, other):
        result = other in self.equal_to
        calls.append(f"{self.name}.__eq__({other!r}) -> {result}")
        return result

    def __hash__(self):
        return hash(self.name)

    def __repr__(self):
        return f"Spy({self.name})"


class Consts:
    LIMIT = 100
    NAME = "limit"


def run(subject):
    calls.clear()
    match subject:
        case 1:
            outcome = "one"
        case "two" | "deux":
            outcome = "two"
        case Consts.LIMIT:
            outcome = "limit"
        case None:
            outcome = "None (identity, no __eq__)"
        case [Consts.NAME, 3]:
            outcome = "list"
        case _:
            outcome = "nothing"
    print(f"{subject!r}: {outcome}")
    for c in calls:
        print("   ", c)


run(Spy("a"))
run(Spy("b", equal_to=("deux",)))
run(Spy("c", equal_to=(100,)))
run([Spy("d", equal_to=("limit",)), Spy("e", equal_to=(3,))])
run([Spy("f"), Spy("g")])


# __eq__ returning NotImplemented falls back to the reflected comparison
class Shy:
    def __eq__(self, other):
        calls.append(f"Shy.__eq__({other!r}) -> NotImplemented")
        return NotImplemented


class Reflector:
    def __init__(self, answer):
        self.answer = answer

    def __eq__(self, other):
        calls.append(f"Reflector.__eq__({type(other).__name__}) -> {self.answer}")
        return self.answer

    def __repr__(self):
        return "Reflector"


class Patterns:
    R = Reflector(True)


calls.clear()
match Shy():
    case Patterns.R:
        print("Shy matched via reflected Reflector.__eq__")
for c in calls:
    print("   ", c)

# __eq__ returning a non-bool is converted with bool()
class Weird:
    def __eq__(self, other):
        calls.append(f"Weird.__eq__({other!r})")
        return [] if other == 1 else ["truthy"]


calls.clear()
match Weird():
    case 1:
        print("not reached")
    case 2:
        print("matched 2 because __eq__ returned a truthy list")
print("   ", calls)

# an exception from __eq__ propagates out of the match statement
class Exploding:
    def __eq__(self, other):
        raise RuntimeError(f"cannot compare with {other!r}")


try:
    match Exploding():
        case "x":
            pass
except RuntimeError as e:
    print("RuntimeError:", e)
