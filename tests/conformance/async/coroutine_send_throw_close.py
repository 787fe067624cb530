# Coroutine objects by hand: StopIteration.value, throw(), close(), reuse errors and StopIteration conversion.


class Suspend:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        got = yield self.tag
        return got


async def returns(value):
    return value


async def echo_twice():
    a = await Suspend("first")
    print("  echo got", a)
    b = await Suspend("second")
    print("  echo got", b)
    return [a, b]


def finish(coro, *sends):
    try:
        out = coro.send(None)
        print("  yielded", out)
        for s in sends:
            out = coro.send(s)
            print("  yielded", out)
    except StopIteration as e:
        return e
    return None


for value in [None, 7, (1, 2), "text"]:
    e = finish(returns(value))
    print("return", repr(value), "-> value", repr(e.value), "args", e.args)

e = finish(echo_twice(), "x", "y")
print("echo_twice value", e.value)


async def guarded():
    try:
        await Suspend("waiting")
    except KeyError as exc:
        print("  guarded caught", repr(exc))
        return "recovered"
    finally:
        print("  guarded finally")


c = guarded()
print("started:", c.send(None))
try:
    c.throw(KeyError("boom"))
except StopIteration as e:
    print("throw result:", e.value)


async def cleanup():
    try:
        await Suspend("hold")
    finally:
        print("  cleanup finally ran")


c = cleanup()
c.send(None)
print("closing returns", c.close())
print("close again returns", c.close())
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

c = returns(5)
finish(c)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


async def raises_stop():
    raise StopIteration("inner")


c = raises_stop()
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

c = echo_twice()
c.send(None)
try:
    c.throw(ValueError("not handled"))
except ValueError as e:
    print("propagated:", repr(e))
try:
    c.send(None)
except RuntimeError as e:
    print("after error:", e)
