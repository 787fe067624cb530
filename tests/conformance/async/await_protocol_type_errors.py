# TypeErrors from the async protocols: awaiting non-awaitables, bad __await__, async with / async for misuse.
import asyncio


class NoAwait:
    pass


class AwaitReturnsNonIterator:
    def __await__(self):
        return 42


created = []


class AwaitReturnsCoroutine:
    def __await__(self):
        c = helper()
        created.append(c)
        return c


async def helper():
    return "helper"


class OnlyAenter:
    async def __aenter__(self):
        return self


class SyncContext:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


class AiterReturnsInt:
    def __aiter__(self):
        return 7


class AnextNotAwaitable:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 99


async def attempt(label, make):
    try:
        await make()
        print(label, "-> no error")
    except TypeError as e:
        print(label, "-> TypeError:", e)


async def main():
    await attempt("await int", lambda: 5)
    await attempt("await None", lambda: None)
    await attempt("await list", lambda: [1, 2])
    await attempt("await NoAwait()", NoAwait)
    await attempt("__await__ returns int", AwaitReturnsNonIterator)
    await attempt("__await__ returns coroutine", AwaitReturnsCoroutine)
    for c in created:
        c.close()  # avoid a "never awaited" warning

    for label, obj in [("NoAwait", NoAwait()), ("OnlyAenter", OnlyAenter()),
                       ("SyncContext", SyncContext()), ("int", 3)]:
        try:
            async with obj:
                print("body ran for", label)
        except TypeError as e:
            print(f"async with {label} -> TypeError:", e)

    for label, obj in [("int", 1), ("list", [1, 2]), ("NoAwait", NoAwait()),
                       ("AiterReturnsInt", AiterReturnsInt()), ("AnextNotAwaitable", AnextNotAwaitable())]:
        try:
            async for item in obj:
                print("got", item)
        except TypeError as e:
            print(f"async for {label} -> TypeError:", e)

    try:
        [x async for x in range(3)]
    except TypeError as e:
        print("async comprehension over range -> TypeError:", e)

    # a coroutine object can only be awaited once
    c = helper()
    print("first await:", await c)
    try:
        await c
    except RuntimeError as e:
        print("second await -> RuntimeError:", e)

    # sync with on an async-only manager
    try:
        with OnlyAenter():
            pass
    except (TypeError, AttributeError) as e:
        print("sync with on async manager ->", type(e).__name__ + ":", e)

    # sync for over an async generator
    async def agen():
        yield 1

    g = agen()
    try:
        for x in g:
            pass
    except TypeError as e:
        print("sync for over async generator -> TypeError:", e)


asyncio.run(main())
