# Class patterns on builtins: int(x), str(s), list(), dict(), tuple() etc. where one positional sub-pattern matches the whole subject.


def describe(value):
    match value:
        case bool(b):
            return f"bool {b}"
        case int(0):
            return "int zero"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case complex(real=re, imag=im):
            return f"complex real={re} imag={im}"
        case str(""):
            return "empty str"
        case str(s):
            return f"str of length {len(s)}: {s!r}"
        case bytes(b):
            return f"bytes {b!r}"
        case bytearray(b):
            return f"bytearray {b!r}"
        case list([]):
            return "empty list"
        case list([first, *_]):
            return f"list starting with {first!r}"
        case tuple((a, b)):
            return f"2-tuple {a!r} {b!r}"
        case tuple(t):
            return f"tuple of {len(t)}"
        case dict({"id": i}):
            return f"dict with id {i}"
        case dict(d):
            return f"dict with keys {sorted(d)}"
        case frozenset(fs):
            return f"frozenset of {len(fs)}"
        case set(s):
            return f"set of {len(s)}"
        case _:
            return f"something else: {type(value).__name__}"


for v in [True, 0, -5, 17, 2.5, 3j, "", "abc", b"x", bytearray(b"y"), [], [9, 8], (1, 2),
          (1, 2, 3), {"id": 4}, {"b": 1, "a": 2}, frozenset({1}), {1, 2}, None]:
    print(f"{v!r:>22} -> {describe(v)}")

# the positional sub-pattern receives the subject itself
value = [1, 2]
match value:
    case list(whole):
        print("whole is subject:", whole is value)

# subclasses match their builtin base class pattern
class MyStr(str):
    pass

class MyList(list):
    pass

match MyStr("sub"):
    case str(s):
        print("MyStr matched str():", s, type(s).__name__)
match MyList([1]):
    case list([x]):
        print("MyList matched list([x]):", x)

# subclasses inherit the self-matching behaviour ...
match MyStr("sub"):
    case MyStr(s):
        print("MyStr(s) binds the whole subject:", repr(s), type(s).__name__)

# ... unless they define __match_args__
class Word(str):
    __match_args__ = ("upper_form",)

    @property
    def upper_form(self):
        return self.upper()

match Word("quiet"):
    case Word(u):
        print("Word(u) uses __match_args__:", u)

# keyword sub-patterns still work with builtins
match 5 + 3j:
    case complex(real=r, imag=i):
        print("complex parts:", r, i)
match 10:
    case int(real=r, imag=i, numerator=n):
        print("int attributes:", r, i, n)

# complex is not one of the self-matching builtins
try:
    match 1j:
        case complex(c):
            pass
except TypeError as e:
    print("TypeError:", e)

# more than one positional sub-pattern is an error for builtins
try:
    match 1:
        case int(a, b):
            pass
except TypeError as e:
    print("TypeError:", e)
