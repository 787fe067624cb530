# Task.cancel(): CancelledError inside the coroutine, try/finally cleanup, cancel messages, swallowing cancellation.
import asyncio

events = []


async def worker(name):
    events.append(f"{name} start")
    try:
        await asyncio.sleep(10)
        events.append(f"{name} woke (unexpected)")
    except asyncio.CancelledError as e:
        events.append(f"{name} cancelled args={e.args}")
        raise
    finally:
        events.append(f"{name} cleanup")


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        events.append("stubborn swallowed cancel")
    return "stubborn result"


async def cleanup_awaits():
    try:
        await asyncio.sleep(10)
    finally:
        events.append("cleanup_awaits: finally begins")
        await asyncio.sleep(0)
        events.append("cleanup_awaits: finally ends")


async def main():
    t = asyncio.create_task(worker("w1"), name="w1")
    await asyncio.sleep(0)
    print("cancel() returned", t.cancel())
    print("cancelling() count:", t.cancelling())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting w1 raised CancelledError")
    print("w1 cancelled:", t.cancelled(), "done:", t.done())
    print("cancel on done task:", t.cancel())

    t = asyncio.create_task(worker("w2"), name="w2")
    await asyncio.sleep(0)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("w2 error args:", e.args)

    # cancelled before it ever started: the body never runs
    t = asyncio.create_task(worker("never"), name="never")
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("never-started task cancelled:", t.cancelled())

    t = asyncio.create_task(stubborn(), name="stubborn")
    await asyncio.sleep(0)
    t.cancel()
    print("stubborn returned:", await t, "cancelled():", t.cancelled())

    t = asyncio.create_task(cleanup_awaits(), name="cleanup")
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cleanup task cancelled:", t.cancelled())

    print("CancelledError is BaseException only:",
          issubclass(asyncio.CancelledError, BaseException),
          issubclass(asyncio.CancelledError, Exception))

    try:
        t.result()
    except asyncio.CancelledError:
        print("result() of cancelled task raises CancelledError")


asyncio.run(main())
for line in events:
    print(" ", line)
