# asyncio.as_completed yields awaitables in completion order (driven by distinct delays).
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return f"{name}({delay})"


async def failing(delay):
    await asyncio.sleep(delay)
    raise KeyError("late failure")


async def main():
    coros = [job("a", 0.15), job("b", 0.05), job("c", 0.1), job("d", 0)]
    order = []
    for i, fut in enumerate(asyncio.as_completed(coros)):
        result = await fut
        print("completed #%d: %s" % (i, result))
        order.append(result[0])
    print("order:", "".join(order))

    # as_completed with tasks and an exception in the middle
    tasks = [
        asyncio.create_task(job("x", 0.1), name="x"),
        asyncio.create_task(failing(0.05), name="bad"),
        asyncio.create_task(job("y", 0.0), name="y"),
    ]
    for fut in asyncio.as_completed(tasks):
        try:
            print("got", await fut)
        except KeyError as e:
            print("error", repr(e))

    # timeout: the slow one does not finish in time
    pending = [job("quick", 0.0), job("glacial", 2)]
    seen = []
    try:
        for fut in asyncio.as_completed(pending, timeout=0.1):
            seen.append(await fut)
    except TimeoutError:
        print("as_completed timed out after", seen)

    # empty input gives nothing
    print("empty:", list(asyncio.as_completed([])))

    # results can be collected in a comprehension
    results = [await f for f in asyncio.as_completed([job(str(n), 0.04 * (4 - n)) for n in range(4)])]
    print("comprehension:", results)


asyncio.run(main())
