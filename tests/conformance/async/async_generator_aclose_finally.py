# Async generator finalization: aclose() runs finally blocks, GeneratorExit, yielding in finally is an error.
import asyncio

log = []


async def resource(name):
    log.append(f"{name} open")
    try:
        for i in range(10):
            yield i
    finally:
        await asyncio.sleep(0)
        log.append(f"{name} closed")


async def catches_exit():
    try:
        yield "only"
    except GeneratorExit:
        log.append("saw GeneratorExit")
        raise


async def yields_in_finally():
    try:
        yield 1
    finally:
        yield 2


async def returns_during_close():
    try:
        yield "x"
    except GeneratorExit:
        log.append("returning instead of re-raising")
        return


async def main():
    gen = resource("r1")
    print(await gen.__anext__(), await gen.__anext__())
    await gen.aclose()
    print("after aclose:", log)
    try:
        await gen.__anext__()
    except StopAsyncIteration:
        print("closed generator raises StopAsyncIteration")
    await gen.aclose()
    print("second aclose is a no-op:", log)

    log.clear()
    gen = resource("never-started")
    await gen.aclose()
    print("aclose before start runs nothing:", log)

    log.clear()
    gen = catches_exit()
    await gen.__anext__()
    await gen.aclose()
    print(log)

    gen = yields_in_finally()
    await gen.__anext__()
    try:
        await gen.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)

    log.clear()
    gen = returns_during_close()
    await gen.__anext__()
    await gen.aclose()
    print(log)

    # break out of async for does NOT close the generator automatically;
    # closing it explicitly runs the finally block
    log.clear()
    gen = resource("r2")
    async for v in gen:
        if v == 2:
            break
    print("after break:", log)
    await gen.aclose()
    print("after explicit aclose:", log)

    # exhausting the generator runs finally normally
    log.clear()

    async def short():
        try:
            yield "a"
            yield "b"
        finally:
            log.append("short finally")

    print([x async for x in short()], log)

    # exception in the loop body, with contextlib.aclosing
    from contextlib import aclosing
    log.clear()
    try:
        async with aclosing(resource("r3")) as g:
            async for v in g:
                if v == 1:
                    raise ValueError("body failed")
    except ValueError as e:
        print("caught:", e, log)


asyncio.run(main())
