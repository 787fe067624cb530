# Checks RuntimeError "generator ignored GeneratorExit" when a generator yields after close().


def stubborn():
    while True:
        try:
            yield "tick"
        except GeneratorExit:
            print("  ignoring GeneratorExit")


g = stubborn()
print(next(g))
try:
    g.close()
except RuntimeError as exc:
    print("RuntimeError:", exc)
    print("context:", type(exc.__context__).__name__)

# The generator is still suspended after the failed close.
print("next after failed close:", next(g))
# finish it with an exception it does not catch
try:
    g.throw(KeyError("finish"))
except KeyError as exc:
    print("finished stubborn generator with", repr(exc))
print("next on finished:", next(g, "exhausted"))


def yields_in_finally():
    try:
        yield 1
    finally:
        print("  finally yielding")
        yield 2


y = yields_in_finally()
next(y)
try:
    y.close()
except RuntimeError as exc:
    print("RuntimeError:", exc)
# Resuming finishes the finally block, which re-raises the pending GeneratorExit
try:
    next(y, "finished")
except GeneratorExit as exc:
    print("resuming re-raised", repr(exc))
print("now exhausted:", next(y, "finished"))


def yields_once_more():
    try:
        yield "a"
    except GeneratorExit:
        print("  handling exit, yielding once")
        yield "b"
        print("  not reached by close")


z = yields_once_more()
print(next(z))
try:
    z.close()
except RuntimeError as exc:
    print("RuntimeError:", exc)
print("continuing manually:", next(z, "finished"))


def fine_on_exit():
    try:
        yield 1
    except GeneratorExit:
        print("  proper cleanup, no yield")


f = fine_on_exit()
next(f)
f.close()
print("fine_on_exit closed cleanly")

# throw(GeneratorExit) behaves differently: yielding is allowed and returns the value
s = stubborn()
next(s)
print("throw(GeneratorExit) ->", s.throw(GeneratorExit))
print("throw(GeneratorExit()) ->", s.throw(GeneratorExit()))
try:
    s.throw(SystemExit(3))
except SystemExit as exc:
    print("SystemExit ended it, code", exc.code)


def reraises_other():
    try:
        yield 1
    except GeneratorExit:
        raise KeyError("instead")


r = reraises_other()
next(r)
try:
    r.close()
except KeyError as exc:
    print("KeyError from close:", exc)
