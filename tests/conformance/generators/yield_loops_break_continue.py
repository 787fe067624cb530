# Checks yield inside for/while loops with break, continue, and the else clauses of loops.


def for_else(items, stop_at):
    for item in items:
        if item == stop_at:
            yield "breaking at %r" % item
            break
        if item is None:
            continue
        yield item
    else:
        yield "for-else ran"
    yield "end"


print(list(for_else([1, None, 2, 3], 99)))
print(list(for_else([1, None, 2, 3], 2)))
print(list(for_else([], 2)))


def while_else(limit, bad):
    n = 0
    while n < limit:
        n += 1
        if n == bad:
            yield "bad %d, break" % n
            break
        if n % 2 == 0:
            continue
        yield n
    else:
        yield "while-else after %d" % n


print(list(while_else(6, 0)))
print(list(while_else(6, 4)))


def controlled_loop():
    i = 0
    while True:
        cmd = yield i
        if cmd == "skip":
            i += 10
            continue
        if cmd == "stop":
            break
        i += 1
    yield "stopped at %d" % i


c = controlled_loop()
print(next(c), c.send(None), c.send("skip"), c.send(None), c.send("stop"))


def nested_loops():
    for a in range(3):
        for b in range(3):
            if b > a:
                break
            if a == b == 1:
                continue
            yield (a, b)
        else:
            yield "inner completed for a=%d" % a


print(list(nested_loops()))


def yield_in_condition():
    values = []
    while (yield len(values)) != "done":
        values.append(len(values))
    yield values


y = yield_in_condition()
print(next(y), y.send("x"), y.send("y"), y.send("done"))


def yield_in_loop_header(n):
    for i in (yield "header"):
        yield i * n


h = yield_in_loop_header(3)
print(next(h))
print(h.send([1, 2, 3]))
print(list(h))


def break_out_of_finally_loop():
    for i in range(5):
        try:
            yield i
            if i == 2:
                break
        finally:
            yield "cleanup %d" % i


print(list(break_out_of_finally_loop()))


def continue_with_else(rows):
    for row in rows:
        for cell in row:
            if cell < 0:
                break
        else:
            yield sum(row)
            continue
        yield "row with negative"


print(list(continue_with_else([[1, 2], [3, -1], [], [5]])))
