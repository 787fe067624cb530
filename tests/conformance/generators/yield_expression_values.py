# Checks yield used as an expression: value received is None on next(), sent value on send().


def echo():
    received = []
    while True:
        value = yield len(received)
        print("  echo received", repr(value))
        received.append(value)
        if value == "stop":
            return received


g = echo()
print("prime:", next(g))
print("next:", next(g))
print("send a:", g.send("a"))
print("send 42:", g.send(42))
print("next:", next(g))
try:
    g.send("stop")
except StopIteration as exc:
    print("finished with", exc.value)


def accumulate():
    total = 0
    while True:
        delta = yield total
        if delta is None:
            delta = 1
        total += delta


acc = accumulate()
print(next(acc), acc.send(10), acc.send(5), next(acc), acc.send(-20))


def yield_in_expressions():
    a = (yield 1) + (yield 2)
    print("  a =", a)
    b = [(yield "x"), (yield "y")]
    print("  b =", b)
    c = {"k": (yield "dict")}
    print("  c =", c)
    d = f((yield "arg"))
    print("  d =", d)
    return a, b, c, d


def f(v):
    return "f(%r)" % (v,)


gen = yield_in_expressions()
print(next(gen))
print(gen.send(10))
print(gen.send(20))
print(gen.send("first"))
print(gen.send("second"))
print(gen.send("val"))
try:
    gen.send("argument")
except StopIteration as exc:
    print("result:", exc.value)


def yield_of_yield():
    x = yield (yield "inner")
    print("  outer got", x)


yy = yield_of_yield()
print("step1:", next(yy))
print("step2:", yy.send("sent-to-inner"))
try:
    yy.send("sent-to-outer")
except StopIteration:
    print("yield_of_yield done")


def conditional_yield(n):
    for i in range(n):
        reply = (yield i) if i % 2 == 0 else "skipped"
        print("  i=%d reply=%r" % (i, reply))


cy = conditional_yield(5)
print(next(cy))
print(cy.send("r0"))
print(cy.send("r2"))
try:
    cy.send("r4")
except StopIteration:
    print("conditional done")
