# async for over classes implementing __aiter__/__anext__ and raising StopAsyncIteration; else/break/continue.
import asyncio


class Countdown:
    def __init__(self, start):
        self.current = start

    def __aiter__(self):
        print("  __aiter__ called")
        return self

    async def __anext__(self):
        await asyncio.sleep(0)
        if self.current <= 0:
            print("  raising StopAsyncIteration")
            raise StopAsyncIteration
        self.current -= 1
        return self.current + 1


class Pages:
    """Separate iterator object returned from __aiter__."""

    def __init__(self, pages):
        self.pages = pages

    def __aiter__(self):
        return PageIterator(self.pages)


class PageIterator:
    def __init__(self, pages):
        self.pages = list(pages)
        self.fetched = 0

    async def __anext__(self):
        if not self.pages:
            raise StopAsyncIteration("value is ignored")
        self.fetched += 1
        return self.pages.pop(0)


class AwaitableNext:
    """__anext__ is a regular method returning an awaitable."""

    def __init__(self):
        self.n = 0

    def __aiter__(self):
        return self

    def __anext__(self):
        self.n += 1
        if self.n > 3:
            raise StopAsyncIteration
        return asyncio.sleep(0, result=self.n * 100)


async def main():
    async for n in Countdown(3):
        print("countdown", n)

    async for n in Countdown(0):
        print("never printed")
    else:
        print("else after empty loop")

    collected = []
    async for page in Pages(["p1", "p2", "p3", "p4"]):
        if page == "p2":
            continue
        if page == "p4":
            break
        collected.append(page)
    else:
        print("not printed because of break")
    print("collected:", collected)

    p = Pages(["a", "b"])
    first = [x async for x in p]
    second = [x async for x in p]
    print("iterated twice:", first, second)

    async for value in AwaitableNext():
        print("awaitable next gave", value)

    # manual iteration with the protocol methods
    it = Countdown(2).__aiter__()
    print("manual:", await it.__anext__(), await it.__anext__())
    try:
        await it.__anext__()
    except StopAsyncIteration as e:
        print("manual StopAsyncIteration args:", e.args)

    # builtins aiter/anext
    it = aiter(Pages(["x", "y"]))
    print("anext:", await anext(it), await anext(it), await anext(it, "default"))

    # errors inside the body propagate; the loop variable keeps its last value
    try:
        async for n in Countdown(5):
            if n == 3:
                raise ValueError(f"stopped at {n}")
    except ValueError as e:
        print("caught", e, "n is", n)


asyncio.run(main())
