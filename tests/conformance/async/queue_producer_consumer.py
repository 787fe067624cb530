# asyncio.Queue producer/consumer with task_done and join; maxsize back-pressure and get_nowait errors.
import asyncio

log = []


async def producer(q, name, items):
    for item in items:
        await q.put((name, item))
        log.append(f"put {name}{item} size={q.qsize()}")
    log.append(f"producer {name} done")


async def consumer(q, name, seen):
    while True:
        origin, item = await q.get()
        seen.append((name, origin, item))
        log.append(f"{name} got {origin}{item}")
        await asyncio.sleep(0)
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    print("empty:", q.empty(), "full:", q.full(), "maxsize:", q.maxsize)
    seen = []
    consumers = [asyncio.create_task(consumer(q, f"C{i}", seen), name=f"C{i}") for i in range(2)]
    await asyncio.gather(producer(q, "p", [1, 2, 3, 4]), producer(q, "q", [10, 20]))
    await q.join()
    print("all items processed, qsize:", q.qsize())
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    print("consumers cancelled:", [c.cancelled() for c in consumers])
    print("items seen (sorted):", sorted((o, i) for _, o, i in seen))
    print("count:", len(seen))

    # nowait variants
    q2 = asyncio.Queue(maxsize=1)
    q2.put_nowait("only")
    try:
        q2.put_nowait("extra")
    except asyncio.QueueFull:
        print("QueueFull raised")
    print("get_nowait:", q2.get_nowait())
    try:
        q2.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty raised")

    # task_done too many times
    try:
        q2.task_done()
        q2.task_done()
    except ValueError as e:
        print("ValueError:", e)

    # LIFO and priority queues
    lq = asyncio.LifoQueue()
    pq = asyncio.PriorityQueue()
    for v in [3, 1, 2]:
        lq.put_nowait(v)
        pq.put_nowait((v, f"item{v}"))
    print("lifo:", [lq.get_nowait() for _ in range(3)])
    print("priority:", [pq.get_nowait()[1] for _ in range(3)])


asyncio.run(main())
for line in log:
    print(" ", line)
