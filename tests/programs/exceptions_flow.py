# try/except/else/finally, raise, chaining, with, and leaving blocks early.
import sys


def risky(n):
    if n == 0:
        raise ValueError("zero")
    if n == 1:
        raise KeyError("one")
    return 10 // (n - 2)


for n in range(4):
    try:
        r = risky(n)
    except ValueError as e:
        print("value error:", e, type(e).__name__)
    except (KeyError, ZeroDivisionError) as e:
        print("caught", repr(e))
    else:
        print("no error", r)
    finally:
        print("finally", n)


def with_finally_return():
    try:
        return "from try"
    finally:
        print("finally runs before return")


def finally_overrides():
    try:
        return 1
    finally:
        return 2


print(with_finally_return(), finally_overrides())

for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("loop body", i)
    finally:
        print("loop finally", i)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("wrapped")
except RuntimeError as e:
    print(type(e.__context__).__name__, e.__cause__, e.__suppress_context__)

try:
    try:
        {}["k"]
    except KeyError as e:
        raise TypeError("explicit") from e
except TypeError as e:
    print(repr(e.__cause__), e.__suppress_context__)

try:
    raise ValueError("x") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)


def reraise():
    try:
        int("nope")
    except ValueError:
        print("exc_info inside:", sys.exc_info()[0].__name__)
        raise


try:
    reraise()
except ValueError as e:
    print("re-raised:", e)
print("exc_info after:", sys.exc_info())


import contextlib


with contextlib.ExitStack() as stack:
    stack.callback(print, "exit a")
    print("inside a")

with contextlib.suppress(KeyError):
    raise KeyError("suppressed")
print("after suppressed")

try:
    with contextlib.ExitStack() as stack:
        stack.callback(print, "exit c")
        raise IndexError("escapes")
except IndexError as e:
    print("outside got", e)


def with_return():
    with contextlib.ExitStack() as stack:
        stack.callback(print, "exit d")
        return "d!"


print(with_return())
with contextlib.nullcontext(5) as five, contextlib.nullcontext(6) as six:
    print(five + six)
try:
    with 42:
        pass
except TypeError as e:
    print(e)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    try:
        pass
    except 3:
        pass
    raise ValueError
except ValueError:
    print("bare class raised")
try:
    raise
except RuntimeError as e:
    print(e)
def nested_finally():
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise OSError("inner")
            finally:
                print("inner finally", i)
        except OSError as e:
            print("handled", e)
            continue
        finally:
            print("outer finally", i)
    return "done"
print(nested_finally())
assert 1 + 1 == 2, "math"
try:
    assert False, "assertion message"
except AssertionError as e:
    print("assert:", e)
del_me = 1
del del_me
try:
    print(del_me)
except NameError as e:
    print(e)
def unbound():
    if False:
        local = 1
    return local
try:
    unbound()
except UnboundLocalError as e:
    print(e)
raise SystemExit(4)
