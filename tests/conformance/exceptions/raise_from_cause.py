# raise X from Y, raise X from None, and the resulting attributes.


def describe(e):
    cause = type(e.__cause__).__name__ if e.__cause__ is not None else None
    ctx = type(e.__context__).__name__ if e.__context__ is not None else None
    print(type(e).__name__, str(e), "cause:", cause, "context:", ctx,
          "suppress:", e.__suppress_context__)


def explicit_cause():
    try:
        {}["x"]
    except KeyError as k:
        raise ValueError("converted") from k


def cause_outside_handler():
    raise RuntimeError("no handler") from OSError("root")


def from_none():
    try:
        int("abc")
    except ValueError:
        raise LookupError("hidden context") from None


def from_class():
    raise TypeError("with class cause") from IndexError


def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise AttributeError("implicit")


for fn in [explicit_cause, cause_outside_handler, from_none, from_class, implicit]:
    try:
        fn()
    except Exception as e:
        describe(e)

# from None keeps __context__ but sets __suppress_context__.
try:
    from_none()
except LookupError as e:
    print(type(e.__context__).__name__, e.__context__.args)

# The cause of an explicit cause is kept as a chain.
try:
    try:
        try:
            raise OSError("level0")
        except OSError as a:
            raise KeyError("level1") from a
    except KeyError as b:
        raise ValueError("level2") from b
except ValueError as c:
    chain = []
    e = c
    while e is not None:
        chain.append(type(e).__name__ + ":" + str(e.args[0]))
        e = e.__cause__
    print(" <- ".join(chain))

# Invalid cause.
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError:", e)

# Setting __cause__ by hand.
e = ValueError("manual")
e.__cause__ = KeyError("by hand")
print(e.__suppress_context__, type(e.__cause__).__name__)
try:
    raise e
except ValueError as got:
    print(got.__suppress_context__, repr(got.__cause__))
