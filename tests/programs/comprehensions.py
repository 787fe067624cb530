# List, set and dict comprehensions: own scope, nested loops, conditions, closures.
squares = [n * n for n in range(10) if n % 2]
print(squares)
pairs = [(i, j) for i in range(3) for j in range(i) if i != j]
print(pairs)
print({c.lower() for c in "AbBa"} == {"a", "b"}, sorted({len(w) for w in ["aa", "b", "cc"]}))
words = ["apple", "banana", "cherry"]
index = {w: i for i, w in enumerate(words)}
print(index, {k: v for k, v in index.items() if v > 0})
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [row[i] for i, row in enumerate(matrix)])
print([[x for x in row if x % 2 == 0] for row in matrix])
n = 100
print([n + i for i in range(3)], n)
x = "outer"
print([x for x in "ab"], x)


def scale(k):
    return [v * k for v in range(4)]


print(scale(3))


def adders():
    return [lambda y, i=i: y + i for i in range(3)]


print([f(10) for f in adders()])
print([w.upper() for w in words if "an" in w or w.startswith("c")])
print({(a, b): a * b for a in range(2) for b in range(2)})
print([y := v * 2 for v in range(3)], y)
total = sum([v for v in range(101)])
print(total, max([len(w) for w in words]))
try:
    [1 / v for v in [1, 0]]
except ZeroDivisionError as e:
    print("in comprehension:", e)


class Table:
    size = 3
    cells = [i * 2 for i in range(3)]


print(Table.cells)
print([undefined_name for _ in range(1)])
