# Checks generator expression scoping: first iterable evaluated eagerly, the rest lazily.


def source(name, values):
    print("  evaluating iterable", name)
    return values


print("creating genexp")
ge = (x for x in source("first", [1, 2, 3]))
print("created")
print(list(ge))

print("-- outer iterable is eager, inner iterable is lazy")
ge = ((x, y) for x in source("outer", [1, 2]) for y in source("inner", "ab"))
print("created nested-for genexp")
print(next(ge))
print(next(ge))
print(next(ge))
print(list(ge))

print("-- error in first iterable raises at creation")
try:
    ge = (x for x in 12345)
except TypeError as exc:
    print("TypeError at creation:", exc)

print("-- error in a later iterable raises only on iteration")
ge = (y for x in [1] for y in 12345)
print("no error yet")
try:
    next(ge)
except TypeError as exc:
    print("TypeError on next:", exc)

print("-- condition evaluated lazily")


def check(v):
    print("  checking", v)
    return v % 2 == 0


ge = (v for v in range(5) if check(v))
print("first even:", next(ge))
print("second even:", next(ge))

print("-- rebinding the name after creation")
data = [1, 2, 3]
ge = (d * 10 for d in data)
data = [100, 200]
print(list(ge))

print("-- mutating the list after creation")
data = [1, 2, 3]
ge = (d * 10 for d in data)
data.append(4)
print(list(ge))

print("-- free variables in the element expression are late-bound")
factor = 2
ge = (n * factor for n in range(3))
factor = 5
print(list(ge))

print("-- loop variable does not leak")
n = "outer n"
total = sum(n for n in range(4))
print(total, n)

print("-- class body: only the first iterable sees class names")


class Config:
    items = [1, 2, 3]
    doubled = list(i * 2 for i in items)
    try:
        pairs = list((i, j) for i in items for j in items)
    except NameError as exc:
        error = str(exc)


print(Config.doubled)
print("class NameError:", Config.error)
print("has pairs:", hasattr(Config, "pairs"))

print("-- genexp as sole call argument")
print(sum(x * x for x in range(5)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print("-".join(str(i) for i in range(4)))
print(sorted((c for c in "banana"), reverse=True))
