# asyncio.create_task: explicit task names, set_name/get_name, done/result, and awaiting tasks.
import asyncio


async def work(label, delay):
    me = asyncio.current_task()
    print(f"{label}: running in task {me.get_name()!r}")
    await asyncio.sleep(delay)
    return label * 2


async def main():
    t1 = asyncio.create_task(work("a", 0.1), name="alpha")
    t2 = asyncio.create_task(work("b", 0.0), name="beta")
    t3 = asyncio.create_task(work("c", 0.05), name=12345)
    print("names:", t1.get_name(), t2.get_name(), repr(t3.get_name()))
    print("done before start:", t1.done(), t2.done(), t3.done())
    t2.set_name("beta-renamed")
    print("renamed:", t2.get_name())

    r2 = await t2
    print("t2 result:", r2, "done:", t2.done(), "result():", t2.result())
    print("t1 done yet?", t1.done())
    r1 = await t1
    r3 = await t3
    print("results:", r1, r2, r3)

    # awaiting a finished task again returns the same result
    print("again:", await t1, t1.result())

    # result() on a pending task raises InvalidStateError
    t4 = asyncio.create_task(work("d", 0.0), name="delta")
    try:
        t4.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    await t4
    print("t4 exception():", t4.exception())

    # a task that raises stores its exception
    async def failing():
        raise LookupError("missing thing")

    t5 = asyncio.create_task(failing(), name="epsilon")
    await asyncio.sleep(0)
    print("t5 done:", t5.done(), "exception:", repr(t5.exception()))
    try:
        await t5
    except LookupError as e:
        print("await t5 raised:", e)

    # tasks started in a loop; names collected in creation order
    tasks = [asyncio.create_task(work(str(i), 0.001 * (3 - i)), name=f"loop-{i}") for i in range(3)]
    for t in tasks:
        print(t.get_name(), "->", await t)

    print("main task name:", asyncio.current_task().get_name() == main_name)
    print("isinstance Future:", isinstance(t1, asyncio.Future), isinstance(t1, asyncio.Task))


main_name = None


async def entry():
    global main_name
    asyncio.current_task().set_name("entry-task")
    main_name = "entry-task"
    print("entry task name:", asyncio.current_task().get_name())
    await main()


asyncio.run(entry())
