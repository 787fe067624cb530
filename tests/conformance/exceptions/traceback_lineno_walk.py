# Walking __traceback__: line numbers and function names of each frame.
import sys


def walk(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append("%s:%d" % (tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def level3(x):
    y = x * 2
    return y / (x - x)


def level2(x):
    z = level3(x)
    return z


def level1():
    return level2(4)


try:
    level1()
except ZeroDivisionError as e:
    print(walk(e))


def raises_in_loop():
    for i in range(5):
        if i == 3:
            raise ValueError(i)


try:
    raises_in_loop()
except ValueError as e:
    print(walk(e))


class Thing:
    def method(self):
        return self.helper()

    def helper(self):
        return [][0]


try:
    Thing().method()
except IndexError as e:
    print(walk(e))


def reraiser():
    try:
        level3(1)
    except ZeroDivisionError:
        raise


try:
    reraiser()
except ZeroDivisionError as e:
    print("bare re-raise:", walk(e))


def new_from_handler():
    try:
        level3(2)
    except ZeroDivisionError as inner:
        raise KeyError("outer") from inner


try:
    new_from_handler()
except KeyError as e:
    print("outer:", walk(e))
    print("cause:", walk(e.__cause__))

# The frame line of a multi-line call is where the failing call starts.
def multi_line():
    result = dict(
        a=1,
        b=level2(
            3,
        ),
    )
    return result


try:
    multi_line()
except ZeroDivisionError as e:
    print("multi-line:", walk(e))

# tb_lineno from sys.exc_info and exception raised directly at module level.
try:
    x = 1
    raise RuntimeError("module level")
except RuntimeError:
    tb = sys.exc_info()[2]
    print("module:", tb.tb_frame.f_code.co_name, tb.tb_lineno)

# Line numbers in a try/finally re-raise.
def with_finally():
    try:
        return {}["nope"]
    finally:
        pass


try:
    with_finally()
except KeyError as e:
    print("finally:", walk(e))

# A lambda's frame name.
f = lambda v: v.nope
try:
    f(1)
except AttributeError as e:
    print("lambda:", walk(e))
