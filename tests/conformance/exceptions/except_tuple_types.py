# except clauses with tuples of types, base classes and ordering.


def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup-ish " + type(e).__name__
    except (ZeroDivisionError, OverflowError):
        return "arith-ish"
    except (TypeError,):
        return "single-element tuple"
    except ArithmeticError:
        return "other arithmetic"
    except (OSError, ValueError) as e:
        return "os or value " + type(e).__name__
    except Exception:
        return "fallback"


cases = [KeyError(), IndexError(), ZeroDivisionError(), OverflowError(), TypeError(),
         FloatingPointError(), FileNotFoundError(), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"),
         NotImplementedError(), LookupError()]
for c in cases:
    print(type(c).__name__, "=>", classify(c))

# Handler types built at runtime.
handled = (ValueError, KeyError)
for exc in [ValueError("v"), KeyError("k"), TypeError("t")]:
    try:
        try:
            raise exc
        except handled as e:
            print("runtime tuple caught", repr(e))
    except TypeError as e:
        print("passed through", repr(e))

# Tuple built by concatenation in the except clause.
first = (KeyError, ValueError)
second = (OSError, IndexError)
try:
    raise IndexError("joined")
except first + second as e:
    print("joined tuple caught", repr(e))

# First matching handler wins even when later one is more specific.
try:
    raise FileExistsError("exists")
except OSError:
    print("OSError handler first")
except FileExistsError:
    print("never")

# except with a non-exception class in the tuple raises TypeError only when checked.
try:
    try:
        raise ValueError("x")
    except (int, str):
        print("never")
except TypeError as e:
    print("TypeError:", e)

# A handler that matches nothing lets it through.
empty = ()
try:
    try:
        raise KeyError("through")
    except empty:
        print("never")
except KeyError as e:
    print("empty tuple matched nothing:", repr(e))
