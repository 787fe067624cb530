# Checks that send() and throw() pass through `yield from` to the innermost generator.


def inner():
    print("  inner start")
    received = []
    while True:
        try:
            x = yield "inner has %d" % len(received)
        except ValueError as exc:
            print("  inner handled ValueError:", exc)
            x = "recovered"
        if x == "quit":
            return received
        received.append(x)


def middle():
    print("  middle start")
    result = yield from inner()
    print("  middle got", result)
    extra = yield "middle after inner"
    return ("middle", result, extra)


def outer():
    result = yield from middle()
    print("  outer got", result)
    yield "outer done"


g = outer()
print(next(g))
print(g.send("one"))
print(g.send("two"))
print(g.throw(ValueError("bad input")))
print(g.send("quit"))
print(g.send("extra!"))
print(next(g, "exhausted"))

print("-- unhandled throw goes back up through the delegators")


def inner2():
    yield 1
    yield 2


def middle2():
    try:
        yield from inner2()
    except KeyError as exc:
        print("  middle2 caught", repr(exc))
        yield "middle2 recovered"


g = middle2()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g, "exhausted"))

print("-- throw handled in inner changes what is yielded")


def counter():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except OverflowError:
            n = 100


def delegate():
    yield from counter()


d = delegate()
print(next(d), next(d), next(d))
print("throw ->", d.throw(OverflowError))
print(next(d))

print("-- sending to a delegating generator before it starts")
d2 = delegate()
try:
    d2.send(5)
except TypeError as exc:
    print("TypeError:", exc)

print("-- inner raises during send")


def fragile():
    x = yield "ready"
    raise ArithmeticError("fragile got %r" % (x,))


def wraps_fragile():
    try:
        yield from fragile()
    except ArithmeticError as exc:
        print("  wrapper saw", exc)
        return "wrapped"


w = wraps_fragile()
print(next(w))
try:
    w.send(3)
except StopIteration as exc:
    print("wrapper returned", exc.value)
