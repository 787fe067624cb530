# `for x in f(args)`: range's direct iterator (small ints) against the generic call
# and iter() (big ints, bools, __index__, shadowed names, other callables, errors).
def collect(*a):
    out = []
    for i in range(*a):
        out.append(i)
    return out


cases = [(5,), (0,), (-3,), (2, 9), (9, 2), (9, 2, -2), (0, 30, 7), (-10, 10, 3), (10, -10, -3),
         (2**40, 2**40 + 3), (2**30 - 2, 2**30 + 2), (-2**30 - 1, -2**30 + 1), (-2**31, -2**31 + 2),
         (True, 4), (0, 2**30 - 1, 2**29), (2**29, -2**29, -2**28), (1, 2, 2**31)]
for args in cases:
    print(args, collect(*args))


def positional(n):
    r = []
    for i in range(n):
        r.append(i * i)
    for i in range(2, n):
        r.append(i)
    for i in range(n, 0, -1):
        r.append(i)
    for i in range(1 << 62, (1 << 62) + 2):
        r.append(i)
    return r


print(positional(5))


def order():
    log = []
    def arg(v):
        log.append(v)
        return v
    def callee():
        log.append("callee")
        return range
    for i in callee()(arg(1), arg(4), arg(2)):
        log.append(i)
    print(log)


order()


def other_callables():
    for i, x in enumerate("abc"):
        print(i, x)
    for x in reversed([1, 2, 3]):
        print(x)
    for k in sorted({3: 1, 1: 2}):
        print(k)
    for a, b in zip("ab", range(2)):
        print(a, b)
    for x in map(str, range(3)):
        print(repr(x))


other_callables()


def shadowed():
    range = lambda *a: [a]
    for x in range(1, 2):
        print("shadowed", x)


shadowed()


class Index:
    def __index__(self):
        return 3


for i in range(Index()):
    print("index", i)


def rebinding():
    global range
    saved = range
    range = lambda n: ["rebound", n]
    for x in range(2):
        print(x)
    range = saved
    for x in range(2):
        print(x)


rebinding()


def errors():
    for bad in [(1, 2, 0), (1.5,), ("a",), (1, 2, 3.0), (1, 2**100, 0)]:
        try:
            for i in range(*bad):
                pass
        except Exception as e:
            print(type(e).__name__, e)
    try:
        for i in range(1, 2, 0):
            pass
    except ValueError as e:
        print("ValueError", e)
    for f in (len, abs):
        try:
            for i in f(3):
                pass
        except TypeError as e:
            print("TypeError", e)


errors()


def gen():
    for i in range(3):
        yield i
    for i in range(1, 3):
        yield -i


print(list(gen()), type(iter(range(3))).__name__)
for i in range(2):
    pass
print("after loop", i)


def deep(n):
    for i in range(n, n + 1, 0):
        pass


deep(4)
