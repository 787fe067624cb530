# Using closures as lightweight objects with shared private state.

def make_stack():
    items = []

    def push(x):
        items.append(x)
        return len(items)

    def pop():
        if not items:
            raise IndexError("pop from empty stack")
        return items.pop()

    def peek():
        return items[-1] if items else None

    def size():
        return len(items)

    return {"push": push, "pop": pop, "peek": peek, "size": size}


s = make_stack()
for v in "abc":
    s["push"](v)
print(s["size"](), s["peek"](), s["pop"](), s["pop"](), s["size"]())
s2 = make_stack()
print(s2["size"](), s2["peek"]())
s["pop"]()
try:
    s["pop"]()
except IndexError as e:
    print(type(e).__name__, e)
print(s["push"].__closure__[0].cell_contents is s["pop"].__closure__[0].cell_contents)


def bank_account(balance):
    def deposit(amount):
        nonlocal balance
        if amount <= 0:
            raise ValueError("deposit must be positive")
        balance += amount
        return balance

    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError(f"insufficient funds: {balance} < {amount}")
        balance -= amount
        return balance

    def get_balance():
        return balance

    deposit.check = get_balance
    return deposit, withdraw


dep, wd = bank_account(100)
print(dep(50), wd(30), dep.check())
for fn, amt in ((dep, -1), (wd, 1000)):
    try:
        fn(amt)
    except ValueError as e:
        print(type(e).__name__, e)


def memoize(fn):
    cache = {}
    stats = {"hits": 0, "misses": 0}

    def wrapper(n):
        if n in cache:
            stats["hits"] += 1
        else:
            stats["misses"] += 1
            cache[n] = fn(n)
        return cache[n]
    wrapper.stats = stats
    return wrapper


@memoize
def tri(n):
    return 0 if n == 0 else n + tri(n - 1)


print(tri(40), tri(40), tri(20), tri.stats)


def make_id_generator(prefix):
    n = 0

    def gen():
        nonlocal n
        n += 1
        return f"{prefix}-{n:03d}"

    def reset(to=0):
        nonlocal n
        n = to
    gen.reset = reset
    return gen


g = make_id_generator("user")
print(g(), g(), g())
g.reset(99)
print(g(), g())
h = make_id_generator("item")
print(h(), g())
