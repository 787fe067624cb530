# asyncio.Semaphore / BoundedSemaphore limit concurrency; track the peak number of concurrent holders.
import asyncio

state = {"active": 0, "peak": 0}
log = []


async def limited(sem, name, ticks):
    async with sem:
        state["active"] += 1
        state["peak"] = max(state["peak"], state["active"])
        log.append(f"{name} in (active={state['active']})")
        for _ in range(ticks):  # hold the semaphore for a number of loop iterations
            await asyncio.sleep(0)
        state["active"] -= 1
        log.append(f"{name} out")
    return name


async def main():
    sem = asyncio.Semaphore(2)
    print("locked at start:", sem.locked())
    names = await asyncio.gather(
        limited(sem, "a", 12),
        limited(sem, "b", 3),
        limited(sem, "c", 2),
        limited(sem, "d", 1),
    )
    print("results:", names)
    print("peak concurrency:", state["peak"])
    for line in log:
        print(" ", line)

    # manual acquire/release and locked()
    s = asyncio.Semaphore(1)
    await s.acquire()
    print("locked after acquire:", s.locked())
    s.release()
    print("locked after release:", s.locked())

    # a plain Semaphore may be released more than acquired
    s.release()
    await s.acquire()
    await s.acquire()
    print("two acquires succeeded after extra release; locked:", s.locked())

    # BoundedSemaphore refuses that
    b = asyncio.BoundedSemaphore(1)
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)

    # invalid initial value
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)

    # semaphore of size 1 behaves like a lock
    order = []

    async def one_at_a_time(n):
        async with mutex:
            order.append(f"+{n}")
            await asyncio.sleep(0)
            order.append(f"-{n}")

    mutex = asyncio.Semaphore(1)
    await asyncio.gather(*(one_at_a_time(n) for n in range(3)))
    print("serialised:", " ".join(order))


asyncio.run(main())
