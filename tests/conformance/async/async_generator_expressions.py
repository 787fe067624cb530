# Async generator expressions: (x async for x in a), await inside genexps, consuming them lazily.
import asyncio
import inspect

log = []


async def source(n):
    for i in range(n):
        log.append(f"produce {i}")
        yield i


async def triple(x):
    await asyncio.sleep(0)
    return 3 * x


async def main():
    gen = (x * x async for x in source(4))
    print("type:", type(gen).__name__, "isasyncgen:", inspect.isasyncgen(gen))
    print("nothing produced yet:", log)
    first = await gen.__anext__()
    print("first:", first, log)
    rest = [v async for v in gen]
    print("rest:", rest)

    log.clear()
    filtered = (x async for x in source(10) if x % 4 == 1)
    out = []
    async for v in filtered:
        out.append(v)
    print("filtered:", out)

    # a sync generator expression containing await becomes an async generator
    agen = (await triple(x) for x in range(4))
    print("await genexp type:", type(agen).__name__)
    print("await genexp values:", [v async for v in agen])

    # chaining generator expressions
    log.clear()
    stage1 = (x + 1 async for x in source(3))
    stage2 = (y * 10 async for y in stage1)
    stage3 = (str(z) async for z in stage2 if z != 20)
    print("chained:", [s async for s in stage3])
    print("log:", log)

    # genexp with two async sources
    pairs = ((a, b) async for a in source(2) async for b in source(2))
    print("pairs:", [p async for p in pairs])

    # asend on a genexp: values sent are ignored
    g = (x async for x in source(3))
    print("asend(None):", await g.asend(None), "asend('z'):", await g.asend("z"))
    await g.aclose()

    # sum via async for over a genexp
    total = 0
    async for v in (await triple(i) async for i in source(5)):
        total += v
    print("total:", total)

    # exceptions in the element expression surface on iteration
    bad = (10 // x async for x in source(3))
    try:
        async for v in bad:
            print("value", v)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)


asyncio.run(main())
