# Checks send(): priming rules, TypeError for non-None first send, send after exhaustion.


def worker():
    print("  worker started")
    first = yield "ready"
    print("  worker got", first)
    second = yield "got-" + str(first)
    print("  worker got", second)
    return "finished:" + str(second)


g = worker()
try:
    g.send("too early")
except TypeError as exc:
    print("TypeError:", exc)

# The failed send does not start the generator; it is still usable
print("send(None) primes:", g.send(None))
print("send 1:", g.send(1))
try:
    g.send(2)
except StopIteration as exc:
    print("StopIteration value:", exc.value)

# send after exhaustion
try:
    g.send(3)
except StopIteration as exc:
    print("after exhaustion StopIteration args:", exc.args)

# non-None falsy values also count as non-None
for bad in (0, "", [], False):
    fresh = worker()
    try:
        fresh.send(bad)
    except TypeError as exc:
        print("send(%r) -> %s" % (bad, exc))


def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        if term is None:
            break
        total += term
        count += 1
        average = total / count
    return count, average


avg = averager()
next(avg)
for value in [10, 20, 30, 45]:
    print("average now", avg.send(value))
try:
    avg.send(None)
except StopIteration as exc:
    print("final", exc.value)


def send_then_next():
    log = []
    while len(log) < 4:
        item = yield list(log)
        log.append(item)
    yield "full"


s = send_then_next()
print(next(s))
print(s.send("a"))
print(next(s))
print(s.send("b"))
print(s.send("c"))
print(next(s, "exhausted"))

# send on a generator that finished via exception
def fails():
    yield 1
    raise KeyError("boom")


fg = fails()
next(fg)
try:
    fg.send(None)
except KeyError as exc:
    print("KeyError:", exc)
try:
    fg.send(None)
except StopIteration:
    print("after failure: StopIteration")
