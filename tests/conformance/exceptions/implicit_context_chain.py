# Implicit exception chaining through __context__.


def names(e):
    out = []
    while e is not None:
        out.append(type(e).__name__)
        e = e.__context__
    return " -> ".join(out)


def raise_in_handler():
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("b")


def raise_in_finally():
    try:
        raise KeyError("a")
    finally:
        raise IndexError("b")


def handler_calls_failing():
    def failing():
        return {}["missing"]

    try:
        1 / 0
    except ZeroDivisionError:
        failing()


def three_deep():
    try:
        try:
            raise OSError("one")
        except OSError:
            raise LookupError("two")
    except LookupError:
        raise AttributeError("three")


def handled_no_context():
    try:
        raise ValueError("handled and done")
    except ValueError:
        pass
    raise RuntimeError("after handler")


def same_exception_no_cycle():
    e = ValueError("self")
    try:
        raise e
    except ValueError:
        try:
            raise e
        except ValueError as again:
            return again.__context__


for fn in [raise_in_handler, raise_in_finally, handler_calls_failing, three_deep, handled_no_context]:
    try:
        fn()
    except Exception as e:
        print(fn.__name__ + ":", names(e))

print("self context:", same_exception_no_cycle())

# Context is the exception being handled, even when caught as base class.
try:
    try:
        raise FileNotFoundError("f")
    except OSError as outer:
        raise ValueError("v")
except ValueError as e:
    print(type(e.__context__).__name__, e.__context__ is not None)

# Context is set at raise time, the original stays reachable.
try:
    try:
        raise KeyError("orig")
    except KeyError:
        err = RuntimeError("new")
        print("before raise:", err.__context__)
        raise err
except RuntimeError as e:
    print("after raise:", repr(e.__context__))

# Context survives explicit cause too.
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise ValueError("v") from OSError("o")
except ValueError as e:
    print(type(e.__cause__).__name__, type(e.__context__).__name__, e.__suppress_context__)
