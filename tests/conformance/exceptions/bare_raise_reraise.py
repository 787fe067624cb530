# Bare raise inside except blocks and in helpers called from except blocks.
import sys


def reraise_helper():
    print("  helper sees:", type(sys.exc_info()[1]).__name__)
    raise


def bare_in_except():
    try:
        raise ValueError("original")
    except ValueError:
        print("  handling, re-raising")
        raise


def via_helper():
    try:
        [][1]
    except IndexError:
        reraise_helper()


def nested_reraise():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        # After the inner handler the outer exception is current again.
        raise


for fn in [bare_in_except, via_helper, nested_reraise]:
    try:
        fn()
    except Exception as e:
        print(fn.__name__, "->", type(e).__name__, e.args)

# Bare raise with no active exception.
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)


def no_active():
    raise


try:
    no_active()
except RuntimeError as e:
    print("RuntimeError:", e)

# Re-raise preserves identity of the exception object.
obj = ValueError("same")
try:
    try:
        raise obj
    except ValueError:
        raise
except ValueError as e:
    print("same object:", e is obj)


# Re-raise from a finally-free handler with a loop inside.
def loop_reraise():
    for i in range(3):
        try:
            if i == 2:
                raise ArithmeticError(i)
            print("  iteration", i)
        except ArithmeticError:
            print("  caught at", i, "re-raising")
            raise


try:
    loop_reraise()
except ArithmeticError as e:
    print("loop_reraise ->", e.args)

# raise e (explicit) versus bare raise: both give the same object.
try:
    try:
        raise IndexError("explicit")
    except IndexError as e:
        raise e
except IndexError as e2:
    print("explicit:", e2.args, e2.__context__ is None)
