# asyncio.Lock: async with serialises critical sections in FIFO order; acquire/release/locked and errors.
import asyncio

log = []
shared = {"value": 0}


async def increment(lock, name, times):
    for _ in range(times):
        async with lock:
            log.append(f"{name} enter")
            current = shared["value"]
            await asyncio.sleep(0)  # would lose updates without the lock
            shared["value"] = current + 1
            log.append(f"{name} leave")


async def unsafe_increment(name, times):
    for _ in range(times):
        current = shared["value"]
        await asyncio.sleep(0)
        shared["value"] = current + 1


async def main():
    lock = asyncio.Lock()
    print("locked initially:", lock.locked())
    await asyncio.gather(increment(lock, "A", 2), increment(lock, "B", 2), increment(lock, "C", 1))
    print("with lock value:", shared["value"])
    print(" ".join(log))

    shared["value"] = 0
    await asyncio.gather(unsafe_increment("x", 3), unsafe_increment("y", 3))
    print("without lock value:", shared["value"])

    # manual acquire / release
    r = await lock.acquire()
    print("acquire returned:", r, "locked:", lock.locked())
    lock.release()
    print("after release locked:", lock.locked())

    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    # exception inside async with still releases the lock
    try:
        async with lock:
            print("inside, locked:", lock.locked())
            raise ValueError("oops inside lock")
    except ValueError as e:
        print("caught", e, "locked:", lock.locked())

    # waiters are served in FIFO order
    order = []

    async def grab(n):
        async with lock:
            order.append(n)
            await asyncio.sleep(0)

    await lock.acquire()
    tasks = [asyncio.create_task(grab(n), name=f"grab{n}") for n in (5, 3, 9, 1)]
    await asyncio.sleep(0)
    lock.release()
    await asyncio.gather(*tasks)
    print("fifo order:", order)


asyncio.run(main())
