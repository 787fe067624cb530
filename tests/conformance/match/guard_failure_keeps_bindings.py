# Names bound by a successful pattern stay bound even when the guard fails; later cases may rebind them.


def demo(value):
    x = y = "initial"
    match value:
        case [x, y] if x > y:
            outcome = "descending pair"
        case [x, *_] if False:
            outcome = "never"
        case _:
            outcome = "no guarded case passed"
    return outcome, x, y


for v in [[5, 1], [1, 5], [7], "abc", 3]:
    print(v, "->", demo(v))

# the guard sees the freshly bound names and they survive the failing guard
seen = []
match {"name": "kit", "age": 3}:
    case {"name": name, "age": age} if seen.append((name, age)) or age > 10:
        print("adult")
    case {"name": str()}:
        print("guard failed; name and age still bound:", name, age)
print("guard saw:", seen)

# a capture bound by a failed-guard case, then overwritten by the next successful case
match (1, 2):
    case (a, b) if a == b:
        pass
    case (b, a):
        print("second case rebinds: a =", a, "b =", b)

# a structurally failing case does not need to bind anything: previous values remain
z = "kept"
match 42:
    case [z]:
        pass
    case {"k": z}:
        pass
    case str(z):
        pass
print("z after non-matching structural cases:", z)

# names bound inside an or-pattern alternative that succeeded, guard fails
result = []
for item in [("x", 1), ["y", 2], ("z", -1)]:
    match item:
        case (tag, n) | [tag, n] if n > 0:
            result.append(f"{tag}:{n}")
        case _:
            result.append(f"rejected {tag}:{n}")
print(result)

# bindings from a matched case are visible after the match statement
def pick(data):
    match data:
        case {"items": [first, *others]}:
            pass
        case _:
            return "nothing"
    return f"first={first} others={others}"

print(pick({"items": [1, 2, 3]}))
print(pick({"items": []}))

# a later failure of an unbound name: using a name no case bound
def maybe(v):
    match v:
        case [only]:
            pass
    try:
        return only
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"

print(maybe([9]))
print(maybe([1, 2]))
