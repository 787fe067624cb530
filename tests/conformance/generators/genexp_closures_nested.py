# Checks generator expressions capturing variables, nested genexps, and closures over loop variables.


def make_gen(k):
    return (i + k for i in range(3))


g1 = make_gen(10)
g2 = make_gen(100)
print(list(g2), list(g1))

print("-- lambdas created in a genexp capture the variable, not the value")
funcs = list(lambda: i for i in range(3))
print([f() for f in funcs])

print("-- default argument freezes the value")
funcs = list(lambda i=i: i for i in range(3))
print([f() for f in funcs])

print("-- consuming lazily shows the current value")
results = []
for f in (lambda: j for j in range(3)):
    results.append(f())
print(results)

print("-- nested genexps")
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
rows = (sum(cell for cell in row) for row in matrix)
print(list(rows))
transposed = (tuple(row[c] for row in matrix) for c in range(3))
print(list(transposed))
flat = (cell for row in matrix for cell in row if cell % 2)
print(list(flat))

print("-- genexp inside genexp, inner created lazily per outer item")
outer = ((x, (y for y in range(x))) for x in range(1, 4))
for x, inner in outer:
    print(x, list(inner))

print("-- closure over enclosing function locals updated after creation")


def counter_gen():
    step = 1
    ge = (n * step for n in range(4))
    step = 3
    return ge


print(list(counter_gen()))

print("-- genexp referencing a name defined later in enclosing function")


def late():
    ge = (value + x for x in range(2))
    value = 1000
    return list(ge)


print(late())


def too_late():
    ge = (missing + x for x in range(2))
    out = list(ge)
    missing = 1
    return out


try:
    too_late()
except NameError as exc:
    print("NameError:", exc)

print("-- genexp with walrus updating enclosing scope")


def walrus():
    last = None
    total = sum((last := v) for v in [4, 5, 6])
    return total, last


print(walrus())

print("-- genexp objects are single-use")
ge = (c.upper() for c in "hey")
print(list(ge), list(ge))
print("name:", (x for x in []).__name__)
print("qualname at module level:", (x for x in []).__qualname__)


def holder():
    return (x for x in [])


print("qualname in function:", holder().__qualname__)
