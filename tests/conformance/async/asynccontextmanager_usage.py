# contextlib.asynccontextmanager: setup/teardown order, exceptions thrown into the generator, suppression.
import asyncio
from contextlib import asynccontextmanager, AsyncExitStack

log = []


@asynccontextmanager
async def managed(name):
    log.append(f"setup {name}")
    await asyncio.sleep(0)
    try:
        yield name.upper()
    except ZeroDivisionError as e:
        log.append(f"{name} handled {e!r}")
    finally:
        await asyncio.sleep(0)
        log.append(f"teardown {name}")


@asynccontextmanager
async def converting():
    try:
        yield
    except KeyError as e:
        raise LookupError(f"converted {e.args[0]}") from e


@asynccontextmanager
async def no_yield():
    if False:
        yield


async def main():
    async with managed("a") as v:
        log.append(f"body with {v}")
    print(log)

    log.clear()
    async with managed("b"):
        log.append("about to divide")
        1 / 0
    print("suppressed:", log)

    log.clear()
    try:
        async with managed("c"):
            raise ValueError("not handled by generator")
    except ValueError as e:
        log.append(f"caller caught {e}")
    print(log)

    try:
        async with converting():
            raise KeyError("k1")
    except LookupError as e:
        print("converted:", type(e).__name__, e, "cause:", repr(e.__cause__))

    try:
        async with no_yield():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

    log.clear()
    async with AsyncExitStack() as stack:
        for n in ["x", "y", "z"]:
            val = await stack.enter_async_context(managed(n))
            log.append(f"entered {val}")
        stack.push_async_callback(record_async, "callback")
    print("exit stack:", log)

    # the decorated function is still a regular function returning a manager
    cm = managed("d")
    print(type(cm).__name__, hasattr(cm, "__aenter__"), hasattr(cm, "__aexit__"))
    async with cm as v:
        print("manual object value:", v)


async def record_async(tag):
    log.append(f"async callback {tag}")


asyncio.run(main())
