# Ends with an uncaught exception raised several awaits deep inside asyncio.run.
import asyncio

audit = []


async def validate(record):
    await asyncio.sleep(0)
    audit.append(record["name"])
    if record["qty"] < 0:
        raise ValueError(f"negative quantity for {record['name']}")
    return record["qty"] * record["price"]


async def line_total(record):
    value = await validate(record)
    print("  line", record["name"], "=", value)
    return value


async def order_total(records):
    total = 0
    for r in records:
        total += await line_total(r)
    return total


async def checked_order(records):
    try:
        return await order_total(records)
    except KeyError as e:
        print("  missing field", e)
        return None


async def main():
    good = [{"name": "pen", "qty": 2, "price": 3}, {"name": "pad", "qty": 1, "price": 5}]
    print("good order:", await checked_order(good))
    print("missing field order:", await checked_order([{"name": "box", "qty": 1}]))
    print("audit so far:", audit)
    bad = [{"name": "cup", "qty": 4, "price": 2}, {"name": "mug", "qty": -1, "price": 9}]
    print("bad order:", await checked_order(bad))
    print("not reached")


asyncio.run(main())
