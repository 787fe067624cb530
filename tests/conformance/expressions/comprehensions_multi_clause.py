# List/set/dict comprehensions with several for/if clauses, nesting and scoping.

print([(x, y) for x in range(3) for y in range(3) if x != y])
print([(x, y) for x in range(4) if x % 2 for y in "ab"])
print([x * y for x in range(1, 4) for y in range(x, 4) if (x + y) % 2 == 0 if y > 1])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([v for row in matrix for v in row])
print([[row[i] for row in matrix] for i in range(3)])
print([[v * 10 for v in row if v % 2] for row in matrix])
print(sorted({c.upper() for word in ["ab", "bc", "cd"] for c in word}))
print({k: v for k, v in zip("abc", range(3)) if v})
print({(x, y): x * y for x in range(3) for y in range(2)})
print({x % 3: x for x in range(10)})
print({w: len(w) for w in sorted(["pear", "fig", "banana"], key=len)})
print([[(i, j) for j in range(i)] for i in range(4)])
print([y for x in [[1, [2, 3]], [4, [5]]] for y in x[1]])

# The iteration variable does not leak.
x = "outer"
r = [x for x in range(3)]
print(x, r)

# The first iterable is evaluated in the enclosing scope; others inside.
base = [1, 2]
print([a + b for a in base for b in [a * 10, a * 100]])


# Comprehension inside a function referencing locals and closures.
def scaled(values, factor):
    offset = 1
    return [v * factor + offset for v in values if v > offset]


print(scaled([0, 1, 2, 3], 5))


# Comprehension in a class body can see only the first iterable from the class scope.
class Table:
    size = 3
    rows = [i for i in range(size)]


print(Table.rows)

# Conditional expressions inside comprehensions.
print(["fizz" * (i % 3 == 0) + "buzz" * (i % 5 == 0) or str(i) for i in range(1, 16)])
print([x if x > 0 else -x for x in [-2, -1, 0, 1]])

# Unpacking targets in comprehensions.
pairs = [(1, "a"), (2, "b"), (3, "c")]
print([n * s for n, s in pairs], {s: n for n, s in pairs})
print([(a, b, c) for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]])
print([first for first, *_ in ["xyz", "uv"]])

# Side effects in conditions happen in order.
log = []


def keep(v):
    log.append(v)
    return v % 2 == 0


print([v for v in range(6) if keep(v)], log)

# Set comprehension of numbers prints in a deterministic order for small ints.
print({v % 4 for v in range(20)})
# Nested comprehension producing a dict of lists.
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
print({letter: [w for w in words if w[0] == letter] for letter in sorted({w[0] for w in words})})
