# Tuple/list unpacking in assignments, loops and displays.
a, b, c = 1, 2, 3
print(a, b, c)
(a, b), c = (4, 5), 6
print(a, b, c)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "hello"
print(init, tail)
head, *rest = [1]
print(head, rest)
x = y = z = [0]
print(x is y, y is z)
for i, (k, v) in enumerate(sorted({"b": 2, "a": 1}.items())):
    print(i, k, v)
pairs = [(1, "one"), (2, "two")]
for n, word in pairs:
    print(n, word)
print([*range(3), *"ab"], (*[1, 2], 3), {*[1, 1, 2]}, {**{"a": 1}, "b": 2})
a, b = b, a
print(a, b)
matrix = [[1, 2], [3, 4]]
[[p, q], [r, s]] = matrix
print(p + q + r + s)
