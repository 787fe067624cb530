# Ends with an uncaught exception from a coroutine driven by a hand-written send() loop (no asyncio).


class Step:
    def __init__(self, label):
        self.label = label

    def __await__(self):
        yield self.label


async def divide(a, b):
    await Step(f"dividing {a} by {b}")
    return a // b


async def ratio_chain(pairs):
    out = []
    for a, b in pairs:
        out.append(await divide(a, b))
        await Step(f"stored {out[-1]}")
    return out


async def program():
    print("first:", await ratio_chain([(10, 2), (9, 3)]))
    print("second:", await ratio_chain([(8, 4), (1, 0)]))


def drive(coro):
    steps = 0
    while True:
        try:
            label = coro.send(None)
        except StopIteration as e:
            print("  finished after", steps, "steps")
            return e.value
        steps += 1
        print("  step:", label)


async def warmup():
    return await divide(100, 7)


print("warmup result:", drive(warmup()))
drive(program())
