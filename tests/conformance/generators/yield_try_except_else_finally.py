# Checks yield placed in each clause of try/except/else/finally and the resulting control flow.
import sys


def all_clauses(fail):
    try:
        yield "try-start"
        if fail:
            raise ValueError("requested failure")
        yield "try-end"
    except ValueError as exc:
        yield "except: %s" % exc
        yield "except-2"
    else:
        yield "else"
    finally:
        yield "finally"
    yield "after"


print("no failure:", list(all_clauses(False)))
print("failure:", list(all_clauses(True)))

print("-- thrown exception lands in the except clause")
g = all_clauses(False)
print(next(g))
print(g.throw(ValueError("thrown")))
print(list(g))

print("-- exception thrown while suspended in else skips except")
g = all_clauses(False)
print(next(g), next(g), next(g))
try:
    print(g.throw(ValueError("in else")))
    print(next(g, "none"))
except ValueError as exc:
    print("propagated:", exc)

print("-- exception thrown while suspended in except")
g = all_clauses(True)
print(next(g), next(g))
print("throw ->", g.throw(KeyError("while handling")))
try:
    next(g)
except KeyError as exc:
    print("KeyError:", exc, "| context:", repr(exc.__context__))


def nested_handlers():
    for attempt in range(3):
        try:
            try:
                yield "attempt %d" % attempt
                if attempt < 2:
                    raise IndexError(attempt)
            except IndexError as exc:
                yield "inner caught %s" % exc
                raise RuntimeError("escalated %s" % exc)
            finally:
                yield "inner finally %d" % attempt
        except RuntimeError as exc:
            yield "outer caught: %s" % exc
        else:
            yield "no error on attempt %d" % attempt


for item in nested_handlers():
    print(" ", item)


def exc_info_across_yield():
    try:
        raise TypeError("active")
    except TypeError:
        yield "in handler: %s" % sys.exc_info()[0].__name__
        yield "still in handler: %s" % sys.exc_info()[0].__name__
    yield "after handler: %s" % (sys.exc_info()[0],)


eg = exc_info_across_yield()
print(next(eg))
print("caller exc_info while generator suspended:", sys.exc_info()[0])
print(next(eg))
print(next(eg))


def return_in_try():
    try:
        yield 1
        return "from try"
    finally:
        print("  finally before return completes")


g = return_in_try()
next(g)
try:
    next(g)
except StopIteration as exc:
    print("return value:", exc.value)
