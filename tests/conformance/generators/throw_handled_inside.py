# Checks exceptions thrown into a generator and handled by try/except around yield.


def resilient(values):
    errors = []
    index = 0
    while index < len(values):
        try:
            yield values[index]
        except ValueError as exc:
            errors.append(str(exc))
            print("  resilient: recorded", exc)
            continue
        except (KeyError, IndexError) as exc:
            print("  resilient: lookup problem", type(exc).__name__)
            yield "recovered-from-" + type(exc).__name__
        index += 1
    return errors


g = resilient(["a", "b", "c"])
print(next(g))
print("throw ValueError ->", g.throw(ValueError("bad a")))
print("throw again ->", g.throw(ValueError("bad a again")))
print("next ->", next(g))
print("throw KeyError ->", g.throw(KeyError("k")))
print("next ->", next(g))
try:
    next(g)
except StopIteration as exc:
    print("errors:", exc.value)


def retry_counter():
    attempts = 0
    while True:
        attempts += 1
        try:
            result = yield "attempt %d" % attempts
        except ConnectionError:
            print("  connection error on attempt", attempts)
            continue
        print("  success with", result)
        return attempts


r = retry_counter()
print(next(r))
print(r.throw(ConnectionError))
print(r.throw(ConnectionError()))
try:
    r.send("payload")
except StopIteration as exc:
    print("attempts used:", exc.value)


def converting():
    try:
        yield 1
    except ZeroDivisionError as exc:
        raise ArithmeticError("converted") from exc


cv = converting()
next(cv)
try:
    cv.throw(ZeroDivisionError("div"))
except ArithmeticError as exc:
    print("got", repr(exc), "cause", repr(exc.__cause__))


def not_caught_here():
    try:
        yield 1
    except TypeError:
        print("  wrong handler")
    yield 2


nc = not_caught_here()
next(nc)
try:
    nc.throw(LookupError("nope"))
except LookupError as exc:
    print("propagated:", exc)
print("generator now finished:", next(nc, "done"))


def handler_yields_many():
    try:
        yield "normal"
    except Exception as exc:
        for i in range(3):
            yield "%s-%d" % (exc, i)
    yield "tail"


hm = handler_yields_many()
print(next(hm))
print(hm.throw(Exception("E")))
print(list(hm))
