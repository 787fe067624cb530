# Coroutines driven by hand with send(None); custom awaitables with __await__ and a tiny round-robin scheduler.
from collections import deque


class Yield:
    """Awaitable that suspends once, handing a label to the driver."""

    def __init__(self, label):
        self.label = label

    def __await__(self):
        reply = yield self.label
        return ("resumed", self.label, reply)


class IterAwaitable:
    """__await__ returns a plain iterator; the await expression yields None."""

    def __init__(self, items):
        self.items = items

    def __await__(self):
        return iter(self.items)


async def worker(name, steps):
    results = []
    for i in range(steps):
        r = await Yield(f"{name}:{i}")
        results.append(r[1])
    return f"{name} finished {results}"


async def uses_iter():
    value = await IterAwaitable(["p", "q", "r"])
    return ("iter result", value)


# Drive one coroutine by hand.
c = worker("solo", 2)
print("first send ->", c.send(None))
print("second send ->", c.send("hello"))
try:
    c.send("bye")
except StopIteration as e:
    print("StopIteration value:", e.value)

# The iterator-based awaitable yields each element to the driver.
c = uses_iter()
while True:
    try:
        print("yielded", c.send(None))
    except StopIteration as e:
        print("done with", e.value)
        break


def run_all(coros):
    ready = deque((name, coro) for name, coro in coros)
    finished = {}
    step = 0
    while ready:
        name, coro = ready.popleft()
        step += 1
        try:
            label = coro.send(None)
        except StopIteration as e:
            print(f"step {step}: {name} returned {e.value!r}")
            finished[name] = e.value
            continue
        print(f"step {step}: {name} suspended at {label}")
        ready.append((name, coro))
    return finished


out = run_all([("A", worker("A", 3)), ("B", worker("B", 1)), ("C", worker("C", 2))])
for key in sorted(out):
    print(key, "=>", out[key])

# A coroutine with no suspension finishes on the first send.
async def immediate():
    return 42

c = immediate()
try:
    c.send(None)
except StopIteration as e:
    print("immediate:", e.value, e.args)

# Sending a non-None value to a just-started coroutine is a TypeError.
c = immediate()
try:
    c.send(1)
except TypeError as e:
    print("TypeError:", e)
c.close()
