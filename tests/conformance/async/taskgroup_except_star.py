# asyncio.TaskGroup: one child fails, siblings are cancelled, errors arrive as an ExceptionGroup for except*.
import asyncio

log = []


async def steady(name, delay):
    log.append(f"{name} start")
    try:
        await asyncio.sleep(delay)
        log.append(f"{name} done")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
    finally:
        log.append(f"{name} finally")


async def explode(name, delay, exc):
    log.append(f"{name} start")
    await asyncio.sleep(delay)
    log.append(f"{name} raising {exc!r}")
    raise exc


async def all_succeed():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(steady("s1", 0.05), name="s1")
        t2 = tg.create_task(steady("s2", 0), name="s2")
        log.append("body of TaskGroup finished")
    print("results:", t1.result(), t2.result(), "names:", t1.get_name(), t2.get_name())


async def one_fails():
    tasks = []
    try:
        async with asyncio.TaskGroup() as tg:
            tasks.append(tg.create_task(steady("slow", 1), name="slow"))
            tasks.append(tg.create_task(explode("bomb", 0.05, ValueError("bad thing")), name="bomb"))
            tasks.append(tg.create_task(steady("quick", 0), name="quick"))
    except* ValueError as eg:
        print("except* ValueError:", repr(eg.exceptions))
        print("group message:", eg.message)
    except* KeyError:
        print("not reached")
    for t in tasks:
        print(f"  {t.get_name()}: cancelled={t.cancelled()}")


async def two_fail():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(explode("e1", 0, KeyError("k")))
            tg.create_task(explode("e2", 0, TypeError("t")))
            tg.create_task(steady("bystander", 1))
    except* KeyError as eg:
        print("KeyError part:", [repr(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("TypeError part:", [repr(e) for e in eg.exceptions])


async def body_fails():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(steady("child", 1))
            await asyncio.sleep(0)
            raise RuntimeError("from the body")
    except* RuntimeError as eg:
        print("body error group:", type(eg).__name__, [str(e) for e in eg.exceptions])


async def main():
    for step in (all_succeed, one_fails, two_fail, body_fails):
        log.clear()
        print("==", step.__name__)
        await step()
        for line in log:
            print("   ", line)


asyncio.run(main())
