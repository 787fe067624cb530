# Guards: evaluated only after the pattern matches, in case order, with side effects; case _ if cond; walrus in guards.
log = []


def check(label, result):
    log.append(label)
    return result


def classify(n):
    match n:
        case int(x) if check(f"guard1({x})", x < 0):
            return "negative"
        case int(x) if check(f"guard2({x})", x == 0):
            return "zero"
        case str() if check("guard-str", True):
            return "string"
        case int(x) if check(f"guard3({x})", x % 2 == 0):
            return "even"
        case _ if check("wildcard-guard", n is None):
            return "None via guarded wildcard"
        case _:
            return "odd or other"


for value in [-3, 0, 4, 7, "s", None, 2.5]:
    log.clear()
    result = classify(value)
    print(f"{value!r:>5} -> {result:<26} guards evaluated: {log}")

# the guard is not evaluated when the pattern fails
log.clear()
match [1, 2]:
    case [a] if check("single", True):
        pass
    case [a, b, c] if check("triple", True):
        pass
    case [a, b] if check("pair", a < b):
        print("pair guard passed; log:", log)

# guard exceptions propagate (and are catchable)
def risky(v):
    match v:
        case [x, y] if x / y > 1:
            return "ratio above one"
        case _:
            return "default"

for v in [[4, 2], [1, 2], [1, 0]]:
    try:
        print(v, "->", risky(v))
    except ZeroDivisionError as e:
        print(v, "-> guard raised ZeroDivisionError:", e)

# walrus in guards binds in the enclosing scope
def bucket(word):
    match word:
        case str() if (n := len(word)) > 5:
            return f"long ({n})"
        case str() if (first := word[:1]) == "a":
            return f"starts with {first}, length {n}"
        case _:
            return f"short ({n})"

for w in ["elephant", "ant", "cat"]:
    print(w, "->", bucket(w))

# a guard may use names bound by the pattern and outer names
limit = 10
for pair in [(3, 4), (8, 9), (5, 5)]:
    match pair:
        case (a, b) if a + b < limit:
            print(pair, "sum under limit")
        case (a, b) if a == b:
            print(pair, "equal parts")
        case (a, b):
            print(pair, "sum", a + b, "too large")

# truthiness of guard values: any object, not only bools
for g in [[], [0], "", "x", 0, 0.1, None]:
    match 1:
        case 1 if g:
            print(repr(g), "is truthy")
        case 1:
            print(repr(g), "is falsy")
