# async with on custom classes: __aenter__ value, __aexit__ arguments, suppression via True, propagation.
import asyncio

log = []


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        log.append(f"enter {self.name}")
        await asyncio.sleep(0)
        return f"<{self.name}>"

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        kind = exc_type.__name__ if exc_type else None
        log.append(f"exit {self.name} exc_type={kind} exc={exc!r} tb_is_none={tb is None}")
        return self.suppress


class ReturnsSelf:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *args):
        log.append(f"ReturnsSelf exit with {len(args)} args")
        return None


async def main():
    async with Resource("plain") as value:
        log.append(f"body sees {value}")
    print("1:", log)

    log.clear()
    async with Resource("quiet", suppress=True) as v:
        log.append("before raise")
        raise ValueError("swallowed")
        log.append("not reached")
    print("2:", log)

    log.clear()
    try:
        async with Resource("loud") as v:
            raise KeyError("escapes")
    except KeyError as e:
        log.append(f"outer caught {e!r}")
    print("3:", log)

    log.clear()
    async with Resource("outer", suppress=True), Resource("inner") as second:
        log.append(f"nested body {second}")
        raise RuntimeError("from nested body")
    print("4:", log)

    log.clear()
    async with ReturnsSelf() as obj:
        log.append(f"got instance: {type(obj).__name__}")
    print("5:", log)

    # return inside async with still runs __aexit__
    log.clear()

    async def early():
        async with Resource("early"):
            return "returned value"

    print("6:", await early(), log)

    # break inside a loop body
    log.clear()
    for i in range(3):
        async with Resource(f"loop{i}"):
            if i == 1:
                break
    print("7:", log)

    # truthy non-bool return value also suppresses
    class Truthy:
        async def __aenter__(self):
            return None

        async def __aexit__(self, *a):
            return "yes"

    async with Truthy():
        raise IndexError("hidden")
    print("8: truthy suppressed")


asyncio.run(main())
