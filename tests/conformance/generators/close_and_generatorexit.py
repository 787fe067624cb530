# Checks close(): GeneratorExit delivery, finally blocks, return in handler, close on unstarted/finished.


def watched(name):
    print("  %s: start" % name)
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  %s: got GeneratorExit" % name)
        raise
    finally:
        print("  %s: finally" % name)


g = watched("g1")
print(next(g))
print("closing")
print("close() returns", g.close())
print("next after close:", next(g, "exhausted"))
print("second close is a no-op:", g.close())

print("-- close on unstarted")
g = watched("g2")
g.close()
print("unstarted close ran no body; next:", next(g, "exhausted"))

print("-- close on finished")
g = watched("g3")
print(list(g))
g.close()
print("ok")


def returns_on_exit():
    try:
        yield "x"
    except GeneratorExit:
        print("  swallowing GeneratorExit by returning")
        return "ignored value"


r = returns_on_exit()
next(r)
print("close() with return in handler ->", r.close())


def converts_exit():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("converted during close")


c = converts_exit()
next(c)
try:
    c.close()
except ValueError as exc:
    print("close raised:", exc, "context:", type(exc.__context__).__name__)


def generic_handler():
    try:
        yield 1
    except Exception:
        print("  never: GeneratorExit is not an Exception")
    finally:
        print("  generic finally")


gh = generic_handler()
next(gh)
gh.close()
print("GeneratorExit base:", GeneratorExit.__bases__[0].__name__)
print("issubclass(GeneratorExit, Exception):", issubclass(GeneratorExit, Exception))


def finally_only():
    try:
        for i in range(10):
            yield i
    finally:
        print("  finally_only cleanup")


fo = finally_only()
for v in fo:
    print("got", v)
    if v == 2:
        break
print("loop broke, generator still suspended; closing explicitly")
fo.close()

e = GeneratorExit("msg")
print(repr(e), e.args)
