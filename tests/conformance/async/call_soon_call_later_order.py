# loop.call_soon / call_later / call_at ordering, handle cancellation, and callbacks with arguments.
import asyncio

order = []


def record(tag, *extra):
    order.append((tag,) + extra if extra else tag)


async def main():
    loop = asyncio.get_running_loop()

    loop.call_later(0.02, record, "later-0.02")
    loop.call_later(0.01, record, "later-0.01")
    loop.call_soon(record, "soon-1")
    loop.call_soon(record, "soon-2", "with", "args")
    h = loop.call_soon(record, "soon-cancelled")
    h.cancel()
    print("handle cancelled:", h.cancelled())
    loop.call_later(0, record, "later-0")
    loop.call_at(loop.time() + 0.015, record, "at+0.015")
    t = loop.call_later(0.005, record, "timer-cancelled")
    t.cancel()
    print("timer cancelled:", t.cancelled())
    record("synchronous")

    await asyncio.sleep(0)
    record("after sleep(0)")
    await asyncio.sleep(0.03)
    record("after sleep(0.03)")

    for item in order:
        print(" ", item)

    # callbacks scheduled from inside callbacks run on a later iteration
    order.clear()

    def chain(n):
        record(f"chain{n}")
        if n < 3:
            loop.call_soon(chain, n + 1)

    loop.call_soon(chain, 0)
    loop.call_soon(record, "sibling")
    await asyncio.sleep(0.001)
    print("chained:", order)

    # a future resolved from a call_later callback
    fut = loop.create_future()
    loop.call_later(0.002, fut.set_result, "from timer")
    print("future result:", await fut)

    # call_soon with a lambda closure over a loop variable
    order.clear()
    for i in range(3):
        loop.call_soon(lambda i=i: record(f"lambda{i}"))
    await asyncio.sleep(0)
    print("lambdas:", order)

    # TimerHandle.when() is relative to loop.time()
    start = loop.time()
    th = loop.call_at(start + 5, record, "never")
    print("when offset:", round(th.when() - start, 6))
    th.cancel()


asyncio.run(main())
