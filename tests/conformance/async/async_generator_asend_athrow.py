# Async generators: asend values in, athrow exceptions in (handled and unhandled), the first asend(None).
import asyncio


async def accumulator():
    total = 0
    while True:
        received = yield total
        print("  accumulator received", received)
        if received is None:
            continue
        total += received


async def resilient():
    count = 0
    while True:
        try:
            yield f"tick{count}"
        except ValueError as e:
            print("  resilient handled", repr(e))
            yield "recovered"
        count += 1


async def fragile():
    yield 1
    yield 2


async def main():
    gen = accumulator()
    print("start:", await gen.asend(None))
    print("after 5:", await gen.asend(5))
    print("after 10:", await gen.asend(10))
    print("after None:", await gen.asend(None))
    print("anext also works:", await gen.__anext__())
    await gen.aclose()

    # non-None first asend is an error
    gen = accumulator()
    try:
        await gen.asend(3)
    except TypeError as e:
        print("TypeError:", e)
    await gen.aclose()

    gen = resilient()
    print(await gen.__anext__())
    print("athrow gives:", await gen.athrow(ValueError("bad input")))
    print(await gen.__anext__())
    print(await gen.__anext__())
    try:
        await gen.athrow(KeyError("unhandled"))
    except KeyError as e:
        print("athrow propagated:", repr(e))
    try:
        await gen.__anext__()
    except StopAsyncIteration:
        print("generator is finished after unhandled athrow")

    # athrow into a generator that has not started raises right away
    gen = fragile()
    try:
        await gen.athrow(RuntimeError("early"))
    except RuntimeError as e:
        print("early athrow:", e)
    try:
        await gen.__anext__()
    except StopAsyncIteration:
        print("unstarted generator is closed now")

    # athrow with an exception class (no instance)
    gen = resilient()
    await gen.asend(None)
    print("class athrow:", await gen.athrow(ValueError))
    await gen.aclose()

    # exhausting with asend
    gen = fragile()
    print(await gen.asend(None), await gen.asend("ignored"))
    try:
        await gen.asend("x")
    except StopAsyncIteration as e:
        print("exhausted, args:", e.args)


asyncio.run(main())
