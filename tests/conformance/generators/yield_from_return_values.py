# Checks `yield from` results: subgenerator return values become the value of the expression.


def sub(label, n):
    for i in range(n):
        yield "%s%d" % (label, i)
    return "%s-returned-%d" % (label, n)


def main():
    r1 = yield from sub("a", 2)
    print("  main got", r1)
    r2 = yield from sub("b", 0)
    print("  main got", r2)
    r3 = yield from sub("c", 1)
    print("  main got", r3)
    return [r1, r2, r3]


g = main()
out = []
while True:
    try:
        out.append(next(g))
    except StopIteration as exc:
        print("items", out)
        print("final", exc.value)
        break


def no_return():
    yield 1


def uses_no_return():
    value = yield from no_return()
    print("  value from generator without return:", value)


print(list(uses_no_return()))


def from_list():
    value = yield from [10, 20]
    print("  value from list:", value)
    return value


print(list(from_list()))


def summing():
    total = 0
    while True:
        x = yield
        if x is None:
            return total
        total += x


def run_sums():
    results = []
    for _ in range(3):
        result = yield from summing()
        results.append(result)
    return results


rs = run_sums()
next(rs)
for batch in ([1, 2, 3], [10], []):
    for v in batch:
        rs.send(v)
    try:
        rs.send(None)
    except StopIteration as exc:
        print("all batches:", exc.value)


def chain_depth(n):
    if n == 0:
        yield "bottom"
        return 0
    below = yield from chain_depth(n - 1)
    yield "level %d" % n
    return below + n


g = chain_depth(4)
items = []
try:
    while True:
        items.append(next(g))
except StopIteration as exc:
    print(items)
    print("depth sum", exc.value)


def return_stop_like():
    yield 1
    return StopIteration("as value")


def outer():
    v = yield from return_stop_like()
    print("  outer received", repr(v))


print(list(outer()))
