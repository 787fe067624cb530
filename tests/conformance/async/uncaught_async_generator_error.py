# Ends with an uncaught exception raised inside an async generator (while handling another error).
import asyncio


async def readings(values):
    for v in values:
        await asyncio.sleep(0)
        yield v


async def parsed(values):
    async for raw in readings(values):
        try:
            number = int(raw)
        except ValueError:
            raise LookupError(f"bad reading {raw!r}")
        yield number
    print("  parsed finished")


async def averaged(values):
    total = 0
    count = 0
    async for n in parsed(values):
        print("  reading", n)
        total += n
        count += 1
    return total / count


async def main():
    print("average:", await averaged(["1", "2", "6"]))
    print("parsed list:", [n async for n in parsed([" 8", "-3", "+2 "])])
    gen = parsed(["5", "oops"])
    print("first from gen:", await gen.__anext__())
    await gen.aclose()
    print("closed early without error")
    print("average:", await averaged(["4", "x7", "5"]))


asyncio.run(main())
