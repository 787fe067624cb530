# Ends with an uncaught KeyError raised in a generator __iter__ method while a caller loops over it.


class Inventory:
    def __init__(self, stock):
        self.stock = stock
        self.order = list(stock)

    def __iter__(self):
        for name in self.order:
            yield name, self.lookup(name)

    def lookup(self, name):
        return self.stock[name]

    def names(self):
        yield from self.order


def priced(inventory, prices):
    for name, count in inventory:
        yield name, count * prices[name]


def total_value(inventory, prices):
    total = 0
    for name, value in priced(inventory, prices):
        print("item", name, "value", value)
        total += value
    return total


inv = Inventory({"bolt": 10, "nut": 25, "gear": 2})
prices = {"bolt": 3, "nut": 1, "gear": 40}
print("names:", list(inv.names()))
print("as dict:", dict(inv))
print("total", total_value(inv, prices))
inv.order.append("spring")
print("names now:", list(inv.names()))
try:
    dict(inv)
except KeyError as exc:
    print("dict(inv) failed with KeyError", exc)
print("total", total_value(inv, prices))
print("unreachable")
