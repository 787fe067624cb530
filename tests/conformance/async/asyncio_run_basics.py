# asyncio.run: return values, exceptions out of run, running loop inside, multiple sequential runs.
import asyncio


async def compute(x):
    await asyncio.sleep(0)
    return x * x


async def main(n):
    loop = asyncio.get_running_loop()
    print("loop is running:", loop.is_running())
    print("current task exists:", asyncio.current_task() is not None)
    values = []
    for i in range(n):
        values.append(await compute(i))
    return values


print("run 1:", asyncio.run(main(4)))
print("run 2:", asyncio.run(main(2)))


async def fails():
    await asyncio.sleep(0)
    raise ValueError("bad value from coroutine")


try:
    asyncio.run(fails())
except ValueError as e:
    print("caught from run:", e)

# No running loop outside asyncio.run.
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)

# asyncio.run requires a coroutine.
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)


async def nested_run():
    coro = compute(3)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("nested RuntimeError:", e)
    finally:
        coro.close()
    return "nested checked"


print(asyncio.run(nested_run()))


async def returns_none():
    await asyncio.sleep(0)


print("returns None:", asyncio.run(returns_none()))


async def outer():
    async def inner(tag):
        await asyncio.sleep(0)
        return tag.upper()

    parts = []
    for tag in ["a", "bc", "def"]:
        parts.append(await inner(tag))
    return "-".join(parts)


print("inner functions:", asyncio.run(outer()))
