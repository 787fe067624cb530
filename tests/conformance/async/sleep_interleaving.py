# asyncio.sleep(0) round-robin and distinct small delays force a deterministic interleaving order.
import asyncio

trace = []


async def ticker(name, count):
    for i in range(count):
        trace.append(f"{name}{i}")
        await asyncio.sleep(0)
    return name


async def delayed(name, delays):
    for d in delays:
        await asyncio.sleep(d)
        trace.append(f"{name}@{d}")


async def main():
    # sleep(0) simply yields: tasks alternate in creation order
    await asyncio.gather(ticker("a", 3), ticker("b", 2), ticker("c", 4))
    print("round robin:", " ".join(trace))

    trace.clear()
    # all sleeps start at the same moment; wake-up order follows the delays
    await asyncio.gather(
        delayed("x", [0.15]),
        delayed("y", [0.05]),
        delayed("z", [0.1]),
        delayed("w", [0]),
    )
    print("by delay:", " ".join(trace))

    trace.clear()
    # sleep returns its result argument
    value = await asyncio.sleep(0, result="payload")
    print("sleep result:", value)
    value = await asyncio.sleep(0.001, "later")
    print("sleep result:", value)

    # interleave a zero-delay ticker with delayed wakeups
    await asyncio.gather(delayed("slow", [0.1]), ticker("t", 3))
    print("mixed:", " ".join(trace))

    trace.clear()
    # a negative delay behaves like zero
    await asyncio.gather(delayed("neg", [-1]), ticker("u", 2))
    print("negative:", " ".join(trace))


asyncio.run(main())
