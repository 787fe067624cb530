# asyncio.gather with return_exceptions=True collects exceptions; without it the first error propagates.
import asyncio

log = []


async def ok(name, delay):
    await asyncio.sleep(delay)
    log.append("ok " + name)
    return name


async def gated(name, event):
    await event.wait()
    log.append("ok " + name)
    return name


async def bad(name, delay, exc_type):
    await asyncio.sleep(delay)
    log.append("bad " + name)
    raise exc_type(f"{name} failed")


async def main():
    results = await asyncio.gather(
        ok("a", 0.1), bad("b", 0.0, ValueError), ok("c", 0.0), bad("d", 0.03, KeyError),
        return_exceptions=True,
    )
    for r in results:
        if isinstance(r, BaseException):
            print("exception:", type(r).__name__, r.args)
        else:
            print("value:", r)
    print("log:", log)

    log.clear()
    gate = asyncio.Event()
    try:
        await asyncio.gather(gated("x", gate), bad("y", 0.0, RuntimeError), ok("z", 0.0))
    except RuntimeError as e:
        print("propagated:", e)
    print("log right after:", log)
    # the other children keep running after gather raised
    gate.set()
    for _ in range(3):
        await asyncio.sleep(0)
    print("log later:", log)

    # a cancelled child shows up as CancelledError with return_exceptions
    async def sleeper():
        await asyncio.sleep(1)

    t = asyncio.create_task(sleeper(), name="sleeper")
    await asyncio.sleep(0)
    t.cancel()
    results = await asyncio.gather(t, ok("after", 0), return_exceptions=True)
    print([type(r).__name__ for r in results])
    print("sleeper cancelled:", t.cancelled())


asyncio.run(main())
