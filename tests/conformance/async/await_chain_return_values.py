# async def / await chains passing return values up through several coroutines.
import asyncio


async def leaf(n):
    print("leaf", n)
    return n * 2


async def middle(n):
    a = await leaf(n)
    b = await leaf(n + 1)
    print("middle got", a, b)
    return a + b


async def top(values):
    total = 0
    for v in values:
        r = await middle(v)
        print("top accumulates", r)
        total += r
    return total


async def returns_nothing():
    print("returns_nothing running")


async def returns_tuple():
    return 1, "two", [3]


async def returns_coroutine_result():
    # awaiting inside an expression
    return (await leaf(10)) + (await leaf(20)) * 2


async def recursive_sum(n):
    if n == 0:
        return 0
    rest = await recursive_sum(n - 1)
    return n + rest


async def conditional(flag):
    if flag:
        return "early"
    await asyncio.sleep(0)
    return "late"


async def main():
    print("total:", await top([1, 2, 3]))
    print("nothing:", await returns_nothing())
    t = await returns_tuple()
    print("tuple:", t, type(t).__name__)
    x, y, z = await returns_tuple()
    print("unpacked:", x, y, z)
    print("expression:", await returns_coroutine_result())
    print("recursive:", await recursive_sum(30))
    print("conditional:", await conditional(True), await conditional(False))
    results = [await leaf(i) for i in range(3)]
    print("list of awaits:", results)
    return "main done"


print(asyncio.run(main()))
