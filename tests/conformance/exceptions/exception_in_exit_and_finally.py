# Exceptions raised in __exit__ and in finally replace the earlier one and chain to it.


class Raiser:
    def __init__(self, name, exc=None):
        self.name = name
        self.exc = exc

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, t, v, tb):
        print("exit", self.name, "saw", t.__name__ if t else None)
        if self.exc is not None:
            raise self.exc
        return False


def chain(e):
    out = []
    while e is not None:
        out.append("%s(%s)" % (type(e).__name__, e.args[0] if e.args else ""))
        e = e.__context__
    return " <- ".join(out)


# __exit__ raises while body raised.
try:
    with Raiser("A", KeyError("from exit")):
        raise ValueError("from body")
except Exception as e:
    print("caught:", chain(e))

# __exit__ raises while body succeeded.
try:
    with Raiser("B", IndexError("exit only")):
        print("body fine")
except Exception as e:
    print("caught:", chain(e))

# Nested: inner exit raises, outer exit sees the new exception.
try:
    with Raiser("outer"):
        with Raiser("inner", OSError("inner exit")):
            raise TypeError("body")
except Exception as e:
    print("caught:", chain(e))


# finally raises, replacing the try's exception.
def finally_replaces():
    try:
        raise ValueError("try")
    finally:
        raise RuntimeError("finally")


try:
    finally_replaces()
except Exception as e:
    print("caught:", chain(e))


# finally raises after an except handler raised.
def handler_then_finally():
    try:
        raise KeyError("try")
    except KeyError:
        raise ValueError("handler")
    finally:
        raise LookupError("finally")


try:
    handler_then_finally()
except Exception as e:
    print("caught:", chain(e))


# finally raises after a return: return is dropped.
def return_then_raise():
    try:
        return "lost"
    finally:
        raise ArithmeticError("finally beats return")


try:
    print(return_then_raise())
except ArithmeticError as e:
    print("caught:", chain(e))


# finally raises but an inner handler in the finally catches it.
def finally_handles_own():
    try:
        raise ValueError("kept")
    finally:
        try:
            raise KeyError("local")
        except KeyError:
            print("finally handled its own")


try:
    finally_handles_own()
except ValueError as e:
    print("original survives:", chain(e))
