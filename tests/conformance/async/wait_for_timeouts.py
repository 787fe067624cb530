# asyncio.wait_for: a timeout that fires (TimeoutError, inner coroutine cancelled) and ones that do not.
import asyncio

log = []


async def slow(tag, delay):
    log.append(f"{tag} start")
    try:
        await asyncio.sleep(delay)
        log.append(f"{tag} finished")
        return f"{tag} value"
    except asyncio.CancelledError:
        log.append(f"{tag} was cancelled")
        raise
    finally:
        log.append(f"{tag} finally")


async def main():
    # finishes in time
    r = await asyncio.wait_for(slow("quick", 0.001), timeout=0.5)
    print("quick:", r)

    # timeout=None waits as long as needed
    r = await asyncio.wait_for(slow("none-timeout", 0.002), timeout=None)
    print("none timeout:", r)

    # timeout fires
    try:
        await asyncio.wait_for(slow("sleepy", 5), timeout=0.01)
        print("not reached")
    except asyncio.TimeoutError as e:
        print("timed out:", type(e).__name__, e.args)
        print("is builtin TimeoutError:", asyncio.TimeoutError is TimeoutError)

    # catching the builtin name works too
    try:
        await asyncio.wait_for(slow("sleepy2", 5), 0.005)
    except TimeoutError:
        print("caught as builtin TimeoutError")

    # timeout of zero on a coroutine that has not started
    try:
        await asyncio.wait_for(slow("zero", 0.001), timeout=0)
    except TimeoutError:
        print("zero timeout raised")

    # wait_for on a task: the task is cancelled on timeout
    t = asyncio.create_task(slow("task", 5), name="victim")
    await asyncio.sleep(0)
    try:
        await asyncio.wait_for(t, 0.005)
    except TimeoutError:
        print("task cancelled after timeout:", t.cancelled())

    # exception from the inner coroutine propagates unchanged
    async def broken():
        await asyncio.sleep(0)
        raise ArithmeticError("inner problem")

    try:
        await asyncio.wait_for(broken(), 1)
    except ArithmeticError as e:
        print("inner error:", e)


asyncio.run(main())
for line in log:
    print(" ", line)
