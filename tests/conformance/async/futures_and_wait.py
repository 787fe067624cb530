# Futures from loop.create_future, done callbacks, and asyncio.wait with FIRST_COMPLETED / ALL_COMPLETED.
import asyncio

log = []


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    return name


async def gated(name, event):
    await event.wait()
    return name


async def resolve_later(fut, value, delay):
    await asyncio.sleep(delay)
    fut.set_result(value)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print("new future: done", fut.done(), "cancelled", fut.cancelled())
    fut.add_done_callback(lambda f: log.append(f"callback 1 sees {f.result()}"))
    fut.add_done_callback(lambda f: log.append("callback 2"))
    asyncio.create_task(resolve_later(fut, "resolved!", 0.001), name="resolver")
    print("awaited:", await fut)
    await asyncio.sleep(0)
    print("callbacks:", log)

    try:
        fut.set_result("again")
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)

    f2 = loop.create_future()
    f2.set_exception(KeyError("stored"))
    try:
        await f2
    except KeyError as e:
        print("future exception:", repr(e), "| exception():", repr(f2.exception()))

    f3 = loop.create_future()
    f3.cancel()
    print("cancelled future:", f3.cancelled(), f3.done())

    # asyncio.wait FIRST_COMPLETED: "two" finishes first, the others wait on a gate
    gate = asyncio.Event()
    tasks = {asyncio.create_task(gated(n, gate), name=n) for n in ("one", "three")}
    tasks.add(asyncio.create_task(job("two", 0), name="two"))
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first completed:", sorted(t.get_name() for t in done), "pending:", sorted(t.get_name() for t in pending))
    gate.set()
    done, pending = await asyncio.wait(pending)
    print("rest:", sorted(t.result() for t in done), "pending:", len(pending))

    # FIRST_EXCEPTION stops waiting at the first failure
    never = asyncio.Event()
    tasks = [asyncio.create_task(job("ok", 0), name="ok"),
             asyncio.create_task(job("bad", 0, fail=True), name="bad"),
             asyncio.create_task(gated("slow", never), name="slow")]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("done:", sorted(t.get_name() for t in done), "pending:", sorted(t.get_name() for t in pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(" ", t.get_name(), "exception:", repr(t.exception()))
    for t in pending:
        t.cancel()

    # timeout leaves things pending without raising
    t = asyncio.create_task(gated("sleepy", never), name="sleepy")
    done, pending = await asyncio.wait([t], timeout=0.005)
    print("after timeout: done", len(done), "pending", [p.get_name() for p in pending])
    t.cancel()

    # empty set is an error
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
