# Ends with an uncaught exception raised while handling another one.


class Store:
    def __init__(self):
        self.data = {"a": 1}

    def get(self, key):
        return self.data[key]


def lookup(store, key):
    try:
        return store.get(key)
    except KeyError:
        print("lookup failed for", key)
        return fallback(key)


def fallback(key):
    table = [10, 20]
    return table[len(key)]


s = Store()
print(lookup(s, "a"))
print(lookup(s, "b"))
print(lookup(s, "cc"))
print(lookup(s, "ddd"))
