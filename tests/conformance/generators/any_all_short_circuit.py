# Checks any()/all()/next() short-circuiting on generators and how many items get consumed.

consumed = []


def tracked(values):
    for v in values:
        consumed.append(v)
        yield v


def report(label, result):
    print("%s -> %r, consumed %r" % (label, result, consumed))
    consumed.clear()


report("any finds 3", any(v == 3 for v in tracked([1, 2, 3, 4, 5])))
report("any none match", any(v > 10 for v in tracked([1, 2, 3])))
report("all fails at 2", all(v < 2 for v in tracked([0, 1, 2, 3])))
report("all passes", all(v < 10 for v in tracked([0, 1, 2])))
report("any on empty", any(tracked([])))
report("all on empty", all(tracked([])))
report("any truthy", any(tracked([0, "", None, "x", 0])))
report("all truthy", all(tracked([1, "a", [], 2])))

print("-- the generator can be resumed after short-circuit")
g = tracked(range(10))
print(any(v > 3 for v in g))
print("next in g:", next(g))
report("after resume", None)

print("-- next with a condition")
report("first even > 4", next((v for v in tracked([1, 3, 6, 8]) if v % 2 == 0 and v > 4), None))
report("no match default", next((v for v in tracked([1, 3]) if v > 5), "none"))

print("-- an infinite generator is fine when short-circuiting")


def forever():
    n = 0
    while True:
        consumed.append(n)
        yield n
        n += 1


report("any on infinite", any(n * n > 50 for n in forever()))
report("all on infinite", all(n < 4 for n in forever()))

print("-- exceptions after the match are never reached")


def exploding():
    yield 1
    yield 2
    raise ValueError("should not be reached")


print(any(v == 2 for v in exploding()))
try:
    print(all(v < 5 for v in exploding()))
except ValueError as exc:
    print("ValueError:", exc)

print("-- `or`/`and` chains of generators")
print(any(tracked([0])) or all(tracked([1, 1])))
report("or chain", None)
print(all(tracked([0, 1])) and any(tracked([1])))
report("and chain", None)

print("-- sum/min over a filtered genexp consume everything")
report("sum", sum(v for v in tracked(range(6)) if v % 2))
report("min", min((v for v in tracked([4, 2, 7])), default=None))
report("min empty", min((v for v in tracked([])), default="empty"))
