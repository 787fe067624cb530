# Checks yield statements placed inside finally blocks and the flow when exceptions are thrown in.


def cleanup_yields():
    try:
        yield "body-1"
        yield "body-2"
    finally:
        print("  finally entered")
        yield "from-finally-1"
        yield "from-finally-2"
        print("  finally leaving")


print(list(cleanup_yields()))

g = cleanup_yields()
print(next(g))
try:
    print("throw ->", g.throw(ValueError("v")))
    print("next ->", next(g))
    next(g)
except ValueError as exc:
    print("ValueError re-raised after finally:", exc)


def nested_finally():
    try:
        try:
            yield 1
        finally:
            yield "inner-finally"
    finally:
        yield "outer-finally"


print(list(nested_finally()))

ng = nested_finally()
next(ng)
print("throw KeyError ->", ng.throw(KeyError("x")))
print("next ->", next(ng))
try:
    next(ng)
except KeyError as exc:
    print("KeyError after both finally blocks:", exc)


def finally_with_return():
    try:
        yield "a"
        return "normal-return"
    finally:
        print("  finally runs before StopIteration")
        yield "b"


fr = finally_with_return()
print(next(fr))
print(next(fr))
try:
    next(fr)
except StopIteration as exc:
    print("return value preserved:", exc.value)


def finally_overrides():
    try:
        yield 1
    finally:
        return "overridden"


fo = finally_overrides()
next(fo)
try:
    fo.throw(RuntimeError("lost"))
except StopIteration as exc:
    print("exception swallowed by return in finally:", exc.value)
except RuntimeError:
    print("not expected")


def loop_finally():
    for i in range(3):
        try:
            if i == 1:
                continue
            yield "value %d" % i
        finally:
            yield "finally %d" % i


print(list(loop_finally()))
