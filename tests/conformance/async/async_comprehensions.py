# Async comprehensions: list/set/dict with async for, if conditions, and await inside the element expression.
import asyncio


async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def double(x):
    await asyncio.sleep(0)
    return x * 2


async def words():
    for w in ["apple", "bob", "cherry", "dan", "egg"]:
        yield w


async def is_long(word):
    return len(word) > 3


async def main():
    print("list:", [x async for x in numbers(5)])
    print("list with if:", [x async for x in numbers(10) if x % 3 == 0])
    print("two ifs:", [x async for x in numbers(20) if x % 2 if x % 3])
    print("set:", sorted({x % 3 async for x in numbers(10)}))
    print("dict:", {w: len(w) async for w in words()})
    print("dict with if:", {w[0]: w async for w in words() if len(w) == 3})

    # await inside the element and the condition
    print("await element:", [await double(x) async for x in numbers(4)])
    print("await in if:", [w async for w in words() if await is_long(w)])

    # await in a plain (sync) comprehension inside a coroutine
    print("await in sync comp:", [await double(x) for x in range(3)])
    print("await in dict comp:", {x: await double(x) for x in (7, 8)})

    # mixing sync and async for clauses
    print("mixed:", [(x, y) async for x in numbers(3) for y in "ab" if x != 1])
    print("sync then async:", [(c, x) for c in "xy" async for x in numbers(2)])

    # nested comprehension
    print("nested:", [[y async for y in numbers(x)] async for x in numbers(4)])

    # scope: the loop variable does not leak
    x = "outer"
    _ = [x async for x in numbers(3)]
    print("x after comprehension:", x)

    # comprehension over an async iterator class
    class Letters:
        def __init__(self, text):
            self.text = text

        def __aiter__(self):
            self.i = 0
            return self

        async def __anext__(self):
            if self.i >= len(self.text):
                raise StopAsyncIteration
            self.i += 1
            return self.text[self.i - 1]

    print("class source:", "".join([c.upper() async for c in Letters("hello")]))
    print("set from class:", sorted({c async for c in Letters("banana")}))

    # exception from inside an async comprehension
    async def broken():
        yield 1
        raise ValueError("broken source")

    try:
        [v async for v in broken()]
    except ValueError as e:
        print("comprehension raised:", e)


asyncio.run(main())
