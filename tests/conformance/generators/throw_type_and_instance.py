# Checks generator.throw() with an exception type, an instance, and a type plus value.


def simple():
    print("  simple: started")
    try:
        yield 1
        yield 2
    finally:
        print("  simple: finally")


g = simple()
print(next(g))
try:
    g.throw(ValueError)
except ValueError as exc:
    print("type thrown ->", type(exc).__name__, exc.args)

g = simple()
print(next(g))
try:
    g.throw(KeyError("missing"))
except KeyError as exc:
    print("instance thrown ->", repr(exc))

g = simple()
print(next(g))
try:
    g.throw(IndexError, IndexError("built"))
except IndexError as exc:
    print("type+instance ->", repr(exc))

# throw into an unstarted generator: raised at the start, body never runs
g = simple()
try:
    g.throw(RuntimeError("before start"))
except RuntimeError as exc:
    print("unstarted ->", exc)
print("after throw, next gives:", next(g, "exhausted"))

# throw into an exhausted generator just raises it
g = simple()
print(list(g))
try:
    g.throw(TypeError("late"))
except TypeError as exc:
    print("exhausted ->", exc)


class CustomError(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code


def catches_custom():
    while True:
        try:
            yield "waiting"
        except CustomError as err:
            print("  caught custom with code", err.code)
            yield "handled %d" % err.code


c = catches_custom()
print(next(c))
print(c.throw(CustomError(7)))
print(next(c))
print(c.throw(CustomError(9)))

# throw a non-exception
try:
    c.throw(42)
except TypeError as exc:
    print("TypeError:", exc)

# the generator is still alive after the bad throw attempt
print(next(c))

# exception raised by throw keeps the traceback pointing into the generator
def deep():
    yield "a"


d = deep()
next(d)
try:
    d.throw(ZeroDivisionError("zd"))
except ZeroDivisionError as exc:
    tb = exc.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("traceback functions:", names)
