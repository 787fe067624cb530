# loop.call_soon / call_later / call_at ordering, handle cancellation, and callbacks with arguments.
import asyncio

order = []


def record(tag, *extra):
    order.append((tag,) + extra if extra else tag)


async def main():
    loop = asyncio.get_running_loop()
    base = loop.time()
    finished = loop.create_future()

    # timers are ordered by their deadline, not by the order they were scheduled
    loop.call_at(base + 0.2, record, "at+0.2")
    loop.call_at(base + 0.05, record, "at+0.05")
    loop.call_soon(record, "soon-1")
    loop.call_soon(record, "soon-2", "with", "args")
    h = loop.call_soon(record, "soon-cancelled")
    h.cancel()
    print("handle cancelled:", h.cancelled())
    loop.call_later(0, record, "later-0")
    loop.call_at(base + 0.1, record, "at+0.1")
    t = loop.call_at(base + 0.01, record, "timer-cancelled")
    t.cancel()
    print("timer cancelled:", t.cancelled())
    loop.call_at(base + 0.25, finished.set_result, "last timer fired")
    record("synchronous")

    await asyncio.sleep(0)
    record("after sleep(0)")
    print("finished future:", await finished)
    record("after last timer")

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
    for _ in range(5):
        await asyncio.sleep(0)
    print("chained:", order)

    # call_soon always runs before a call_later scheduled in the same step
    order.clear()
    done = loop.create_future()
    loop.call_later(0.001, record, "later-0.001")
    loop.call_later(0.001, done.set_result, None)
    loop.call_soon(record, "soon")
    await done
    print("soon vs later:", order)

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

    # TimerHandle.when() is the absolute deadline on the loop clock
    th = loop.call_at(base + 5, record, "never")
    print("when offset:", round(th.when() - base, 6))
    th.cancel()


asyncio.run(main())
