# Ends with an uncaught exception from a task (inside gather) that fails a few awaits deep.
import asyncio

progress = []


async def fetch(key, delay):
    await asyncio.sleep(delay)
    table = {"a": 1, "b": 2, "c": 3}
    return table[key]


async def transform(key, delay):
    raw = await fetch(key, delay)
    progress.append(f"{key} -> {raw}")
    return raw * 100


async def pipeline(keys):
    tasks = [asyncio.create_task(transform(k, 0.05 * i), name=f"job-{k}") for i, k in enumerate(keys)]
    print("  started:", [t.get_name() for t in tasks])
    results = await asyncio.gather(*tasks)
    print("  all finished")
    return results


async def main():
    print("first batch:", await pipeline(["a", "b"]))
    print("progress:", progress)
    progress.clear()
    print("second batch:", await pipeline(["c", "a", "c"]))
    print("progress:", progress)
    progress.clear()
    try:
        await pipeline(["zz", "b", "a"])
    finally:
        print("progress after failure:", progress)


asyncio.run(main())
