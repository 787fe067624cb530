# Match statements where no case matches (nothing happens), irrefutable final cases, and fall-through defaults.


def label(v):
    result = "default label"
    match v:
        case 1:
            result = "one"
        case "x":
            result = "ex"
    return result


print(label(1), "|", label("x"), "|", label(2), "|", label(None))

# no case matches and the statement simply completes
ran = []
for v in [3.5, [], {}, object]:
    match v:
        case 1 | 2:
            ran.append("small")
        case [_, _]:
            ran.append("pair")
        case {"k": _}:
            ran.append("mapping")
    ran.append(f"after {type(v).__name__}")
print(ran)

# the body of a case can be pass only
match 10:
    case 10:
        pass
print("pass-only body executed fine")

# irrefutable patterns: capture, wildcard, as-wildcard, or-pattern ending in capture, group around capture
def by_capture(v):
    match v:
        case anything:
            return anything


def by_wildcard(v):
    match v:
        case _:
            return "wild"


def by_as_wildcard(v):
    match v:
        case _ as whole:
            return whole


def by_or_with_wildcard(v):
    match v:
        case (1 | 2 | _) as other:
            return other


def by_group(v):
    match v:
        case ((inner)):
            return inner


for fn in [by_capture, by_wildcard, by_as_wildcard, by_or_with_wildcard, by_group]:
    for v in [1, "text", [0]]:
        print(f"{fn.__name__:>20}: {v!r:>6} -> {fn(v)!r}")

# a refutable-looking pattern that matches everything in practice is still refutable:
# object() matches every value because everything is an instance of object
for v in [1, None, "s", [1], object]:
    match v:
        case object():
            print(repr(v) if not isinstance(v, type) else v.__name__, "matches object()")

# [*_] and {} only match sequences/mappings, so they are not irrefutable
for v in [[1, 2], {"a": 1}, 42]:
    match v:
        case [*_]:
            print(v, "any sequence")
        case {}:
            print(v, "any mapping")
        case _:
            print(v, "neither")


# match as the last statement of a function without return -> None
def nothing(v):
    match v:
        case 0:
            pass


print("returns:", nothing(0), nothing(1))

# empty containers and falsy values do not accidentally match
for v in [0, "", [], {}, None, False]:
    match v:
        case [x]:
            print("single element (wrong)")
        case {"a": x}:
            print("mapping (wrong)")
        case str(s) if s:
            print("non-empty str (wrong)")
        case other:
            print(f"{other!r} fell to the final capture")
