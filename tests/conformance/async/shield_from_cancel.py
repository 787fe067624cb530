# asyncio.shield: cancelling the outer waiter does not cancel the shielded inner task.
import asyncio

log = []


async def important(name, delay):
    log.append(f"{name} started")
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log.append(f"{name} got cancelled")
        raise
    log.append(f"{name} completed")
    return f"{name} result"


async def waits_shielded(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        log.append("outer saw CancelledError")
        raise


async def main():
    inner = asyncio.create_task(important("inner", 0.1), name="inner")
    outer = asyncio.create_task(waits_shielded(inner), name="outer")
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled:", outer.cancelled())
    print("inner done right after outer cancel:", inner.done())
    print("inner result:", await inner)
    print("inner cancelled:", inner.cancelled())

    # shield + wait_for: timeout fires but the shielded work keeps going
    work = asyncio.create_task(important("guarded", 0.15), name="guarded")
    try:
        await asyncio.wait_for(asyncio.shield(work), 0.02)
    except TimeoutError:
        print("timeout hit; guarded done?", work.done())
    print("guarded result:", await work)

    # without shield, the same timeout cancels the work
    work = asyncio.create_task(important("exposed", 1), name="exposed")
    try:
        await asyncio.wait_for(work, 0.02)
    except TimeoutError:
        print("timeout hit; exposed cancelled?", work.cancelled())

    # shield of an already finished task returns its result
    done_task = asyncio.create_task(important("quick", 0), name="quick")
    await done_task
    print("shield on finished:", await asyncio.shield(done_task))

    # cancelling the inner task directly does propagate through shield
    inner2 = asyncio.create_task(important("direct", 1), name="direct")
    waiter = asyncio.create_task(waits_shielded(inner2), name="waiter")
    await asyncio.sleep(0)
    inner2.cancel()
    try:
        await waiter
    except asyncio.CancelledError:
        print("waiter cancelled because inner was cancelled:", waiter.cancelled())


asyncio.run(main())
for line in log:
    print(" ", line)
