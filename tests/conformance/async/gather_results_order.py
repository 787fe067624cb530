# asyncio.gather returns results in argument order regardless of completion order.
import asyncio

finished = []


async def job(name, delay, value):
    print("start", name)
    await asyncio.sleep(delay)
    finished.append(name)
    print("end", name)
    return value


async def main():
    results = await asyncio.gather(
        job("slow", 0.1, "S"),
        job("fast", 0.0, "F"),
        job("medium", 0.05, "M"),
    )
    print("results:", results)
    print("completion order:", finished)

    # gather with no arguments
    empty = await asyncio.gather()
    print("empty gather:", empty)

    # gather with tasks and coroutines mixed
    finished.clear()
    t = asyncio.create_task(job("task", 0.05, 100), name="explicit")
    results = await asyncio.gather(job("coro", 0.0, 200), t)
    print("mixed:", results, finished)

    # the same awaitable passed twice is only run once
    finished.clear()
    t2 = asyncio.create_task(job("dup", 0.0, "D"))
    results = await asyncio.gather(t2, t2, t2)
    print("duplicates:", results, finished)

    # gather result is a list
    print("type:", type(results).__name__)

    # gather over a generated list of coroutines
    squares = await asyncio.gather(*(square(i) for i in range(6)))
    print("squares:", squares)


async def square(i):
    await asyncio.sleep(0.001 * (6 - i))
    return i * i


asyncio.run(main())
