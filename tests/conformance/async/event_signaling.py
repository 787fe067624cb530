# asyncio.Event: waiters block until set(), is_set/clear, wait() on an already-set event returns immediately.
import asyncio

log = []


async def waiter(name, event):
    log.append(f"{name} waiting")
    result = await event.wait()
    log.append(f"{name} released (wait returned {result})")
    return name


async def setter(event, delay):
    await asyncio.sleep(delay)
    log.append("setter: setting event")
    event.set()


async def main():
    ev = asyncio.Event()
    print("initially set:", ev.is_set())
    waiters = [asyncio.create_task(waiter(f"w{i}", ev), name=f"w{i}") for i in range(3)]
    await asyncio.sleep(0)
    print("waiters done before set:", [t.done() for t in waiters])
    await setter(ev, 0.005)
    print("is_set after set:", ev.is_set())
    done = await asyncio.gather(*waiters)
    print("gathered:", done)

    # already set: wait returns right away
    r = await ev.wait()
    print("wait on set event:", r)

    ev.clear()
    print("after clear:", ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), 0.005)
    except TimeoutError:
        print("wait timed out while cleared")

    # set then clear before the waiter runs: the waiter is still woken
    ev2 = asyncio.Event()
    t = asyncio.create_task(waiter("late", ev2), name="late")
    await asyncio.sleep(0)
    ev2.set()
    ev2.clear()
    await asyncio.sleep(0)
    print("late done after set+clear:", t.done(), "event set:", ev2.is_set())
    await t

    # ping-pong using two events
    ping, pong = asyncio.Event(), asyncio.Event()
    rounds = []

    async def player_a():
        for i in range(3):
            rounds.append(f"ping{i}")
            pong.clear()
            ping.set()
            await pong.wait()

    async def player_b():
        for i in range(3):
            await ping.wait()
            ping.clear()
            rounds.append(f"pong{i}")
            pong.set()

    await asyncio.gather(player_a(), player_b())
    print("rounds:", rounds)


asyncio.run(main())
for line in log:
    print(" ", line)
