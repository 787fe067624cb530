# Capture patterns bind names (including in enclosing function scope); the wildcard _ never binds.


def capture_top(value):
    match value:
        case captured:
            return f"captured {captured!r}"


for v in [1, "s", None, [1, 2], {"k": 1}]:
    print(capture_top(v))

# _ is not bound by the wildcard
_ = "original underscore"
match 99:
    case _:
        print("wildcard matched; _ is still", repr(_))

# the wildcard inside sequences does not bind either
match [1, 2, 3]:
    case [_, middle, _]:
        print("middle =", middle, "; _ =", repr(_))

# capture rebinds an existing variable
x = "before"
match "after":
    case x:
        pass
print("x is now", repr(x))

# capture in a function creates a local variable
def local_binding():
    match (10, 20):
        case (a, b):
            pass
    return locals()

print("locals:", sorted(local_binding().items()))

# capture into a global declared inside a function
counter = 0

def set_global(value):
    global counter
    match value:
        case counter:
            pass

set_global(123)
print("global counter:", counter)

# capture into a nonlocal
def outer():
    result = "unset"

    def inner(v):
        nonlocal result
        match v:
            case [result, *_]:
                pass

    inner(["first", "second"])
    return result

print("nonlocal result:", outer())

# class scope capture
class Config:
    match {"mode": "fast"}:
        case {"mode": mode}:
            pass

print("class attribute from match:", Config.mode)

# capture names may shadow builtins
match 7:
    case len:
        print("len is now", len)
del len
print("builtin len restored:", len("abc"))

# many captures at once
match (1, (2, (3, (4, 5)))):
    case (a, (b, (c, (d, e)))):
        print("nested captures:", a, b, c, d, e)
