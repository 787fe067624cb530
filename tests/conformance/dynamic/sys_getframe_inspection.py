# Checks sys._getframe(depth): co_name, f_lineno, f_back chains and f_locals of calling frames.
import sys


def where(depth=1):
    frame = sys._getframe(depth)
    return frame.f_code.co_name, frame.f_lineno


def level_three(token):
    local_three = token * 3
    frames = [sys._getframe(i) for i in range(4)]
    print("  names:", [f.f_code.co_name for f in frames])
    print("  caller of level_three:", sys._getframe(1).f_code.co_name)
    print("  caller's caller:", sys._getframe(2).f_code.co_name)
    caller_locals = sys._getframe(1).f_locals
    print("  level_two locals:", sorted(caller_locals.items()))
    print("  level_one sees marker:", sys._getframe(2).f_locals.get("marker"))
    return where()


def level_two(token):
    two_value = token + "!"
    return level_three(token)


def level_one():
    marker = "in level_one"
    return level_two("ab")


name, line = level_one()
print("where() from level_three:", name, line - level_three.__code__.co_firstlineno)

print("-- f_back walk")


def walk():
    names = []
    frame = sys._getframe()
    while frame is not None:
        names.append(frame.f_code.co_name)
        frame = frame.f_back
    return names


def a():
    return b()


def b():
    return walk()


print(a())
print("module frame f_back is None:", sys._getframe().f_back is None)

print("-- f_lineno tracks the current line")


def lines():
    f = sys._getframe()
    start = f.f_code.co_firstlineno
    first = f.f_lineno - start
    x = 1
    second = f.f_lineno - start
    return first, second


print(lines())

print("-- _getframe beyond the stack")
try:
    sys._getframe(50)
except ValueError as exc:
    print("ValueError:", exc)

print("-- f_globals and f_code details")


def details(p, q, *rest, **kw):
    f = sys._getframe()
    code = f.f_code
    return (code.co_name, code.co_argcount, code.co_varnames[:4],
            f.f_globals is globals(), code.co_qualname)


print(details(1, 2))


class Widget:
    def method(self):
        return sys._getframe().f_code.co_qualname, where(1)[0]

    @property
    def prop(self):
        return sys._getframe(0).f_code.co_name


print(Widget().method(), Widget().prop)

print("-- frames seen from lambdas, comprehensions and generators")
print((lambda: sys._getframe().f_code.co_name)())
print([sys._getframe().f_code.co_name for _ in range(1)])
print(next(sys._getframe().f_code.co_name for _ in range(1)))


def gen():
    yield sys._getframe(1).f_code.co_name


def drive():
    return next(gen())


print("generator's caller:", drive())

print("-- f_locals of caller is a snapshot")


def mutate_caller():
    sys._getframe(1).f_locals["victim"] = "changed"


def owner():
    victim = "original"
    mutate_caller()
    return victim


print(owner())
