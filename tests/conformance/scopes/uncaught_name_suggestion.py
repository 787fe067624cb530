# Ends with an uncaught NameError for a misspelled global; CPython adds a suggestion.

inventory_count = {"apples": 3, "pears": 5}


def restock(item, amount):
    inventory_count[item] = inventory_count.get(item, 0) + amount
    return inventory_count[item]


def report():
    return sorted(inventory_count.items())


def process(orders):
    for item, amount in orders:
        restock(item, amount)
    return audit(orders)


def audit(orders):
    total = 0
    for item, _ in orders:
        total += inventory_cout[item]
    return total


print(restock("kiwis", 2), report())
try:
    inventory_cout
except NameError as e:
    print(type(e).__name__, e)
print(process([("apples", 1), ("figs", 4)]))
