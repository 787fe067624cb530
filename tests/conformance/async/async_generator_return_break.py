# Async generators: bare return ends iteration, break in async for, yield inside loops and conditionals.
import asyncio


async def upto(limit, stop_at=None):
    n = 0
    while True:
        if n == stop_at:
            print("  bare return at", n)
            return
        if n >= limit:
            break
        await asyncio.sleep(0)
        yield n
        n += 1
    print("  loop exited normally at", n)


async def evens_then_odds(values):
    for v in values:
        if v % 2 == 0:
            yield ("even", v)
    for v in values:
        if v % 2:
            yield ("odd", v)


async def delegating():
    # no "yield from" in async generators: re-yield manually
    async for v in upto(2):
        yield v * 10
    yield "tail"


async def empty_gen():
    return
    yield  # makes this an async generator


async def main():
    print("full:", [v async for v in upto(4)])
    print("stopped:", [v async for v in upto(10, stop_at=2)])
    print("zero:", [v async for v in upto(0)])

    seen = []
    async for kind, v in evens_then_odds([1, 2, 3, 4, 5]):
        seen.append(f"{kind}:{v}")
        if kind == "odd" and v == 3:
            break
    print("with break:", seen)

    print("delegating:", [v async for v in delegating()])
    print("empty:", [v async for v in empty_gen()])

    g = empty_gen()
    try:
        await g.__anext__()
    except StopAsyncIteration as e:
        print("empty_gen StopAsyncIteration args:", e.args)

    # nested async for over two generators
    pairs = []
    async for a in upto(3):
        async for b in upto(a):
            pairs.append((a, b))
    print("pairs:", pairs)

    # continue and else
    kept = []
    async for v in upto(6):
        if v % 3 == 0:
            continue
        kept.append(v)
    else:
        kept.append("else")
    print("continue/else:", kept)

    # the async generator object and its attributes
    g = upto(1)
    print(type(g).__name__, g.__name__, g.__qualname__)
    print("ag_running:", g.ag_running)
    await g.aclose()


asyncio.run(main())
