# Checks generators consumed by sorted, zip, map, enumerate, constructors, unpacking and `in`.


def gen(values, label="g"):
    for v in values:
        print("  %s yields %r" % (label, v))
        yield v


print("sorted:", sorted(gen([3, 1, 2])))
print("sorted key:", sorted(gen(["bb", "a", "ccc"]), key=len, reverse=True))
print("list:", list(gen("ab")))
print("tuple:", tuple(gen([1, 2])))
print("dict:", dict(gen([("k", 1), ("j", 2)])))
print("set size:", len(set(gen([1, 1, 2]))))
print("sorted set:", sorted(set(gen([5, 3, 5]))))
print("frozenset:", sorted(frozenset(gen([9, 8]))))
print("str.join:", "+".join(gen(["x", "y"])))
print("bytes:", bytes(gen([65, 66])))

print("-- zip stops at the shortest and consumes one extra from earlier ones")
a = gen([1, 2, 3], "a")
b = gen(["x"], "b")
print(list(zip(a, b)))
print("a left:", list(a))

print("-- map and enumerate are lazy")
m = map(lambda v: v * 2, gen([1, 2, 3], "m"))
print("map created")
print(next(m))
e = enumerate(gen("pq", "e"), start=10)
print(next(e), next(e))

print("-- unpacking")
x, y, z = gen([1, 2, 3])
print(x, y, z)
first, *rest = gen("abcd")
print(first, rest)
*init, last = gen(range(3))
print(init, last)
head, *middle, tail = gen([1, 2])
print(head, middle, tail)
try:
    p, q = gen([1, 2, 3], "too-many")
except ValueError as exc:
    print("ValueError:", exc)
try:
    p, q, r = gen([1], "too-few")
except ValueError as exc:
    print("ValueError:", exc)

print("-- `in` consumes up to the match")
g = gen([5, 6, 7, 8], "in")
print(7 in g)
print("remaining:", list(g))
g = gen([1, 2], "missing")
print(99 in g)
print("remaining:", list(g))

print("-- star in call and in literals")
print(*gen([1, 2], "star"))
print([0, *gen([1, 2], "lit"), 3])
print({*gen([4], "setlit")})
print(max(gen([3, 9, 2])), min(gen([3, 9, 2])), sum(gen([3, 9, 2]), 100))
print("reversed needs a sequence:")
try:
    reversed(gen([1]))
except TypeError as exc:
    print("TypeError:", exc)
print("len of generator:")
try:
    len(gen([1]))
except TypeError as exc:
    print("TypeError:", exc)
print("filter:", list(filter(None, gen([0, 1, "", "s"]))))
