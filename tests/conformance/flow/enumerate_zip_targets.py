# enumerate and zip with tuple targets, starts, strictness and unequal lengths.
names = ["ann", "bob", "cy"]
ages = [31, 25, 40, 99]

for i, name in enumerate(names):
    print(i, name)
for i, name in enumerate(names, 10):
    print(i, name)
for i, name in enumerate(names, start=-1):
    print(i, name)

for name, age in zip(names, ages):
    print(name, age)
for n, a, c in zip(names, ages, "XYZW"):
    print(n, a, c)
print(list(zip()), list(zip("ab")), list(zip(range(3), "ab", [True])))

try:
    for pair in zip(names, ages, strict=True):
        print("strict", pair)
except ValueError as e:
    print("ValueError:", e)

for i, (name, age) in enumerate(zip(names, ages)):
    print(i, name.upper(), age + i)

for (i, name), age in zip(enumerate(names), ages):
    print(i, name, age)

# Unzipping with zip(*...).
pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, letters = zip(*pairs)
print(nums, letters)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])

# dict from zip and enumerate.
print(dict(zip(names, ages)), dict(enumerate("xyz")))

# Accumulating with enumerate and a condition.
positions = [i for i, ch in enumerate("mississippi") if ch == "s"]
print(positions)

# Pairwise differences with zip of a list and its slice.
values = [1, 4, 9, 16, 25]
print([b - a for a, b in zip(values, values[1:])])

# Modifying list elements by index from enumerate.
scores = [50, 70, 90]
for i, s in enumerate(scores):
    scores[i] = s + 5
print(scores)

# Loop targets can be attributes and subscripts.
class Holder:
    pass


h = Holder()
box = [None, None]
for h.value, box[0] in zip("ab", "cd"):
    print(h.value, box)
for box[1] in range(2):
    pass
print(box, h.value)

# enumerate object is an iterator; partial consumption.
e = enumerate("abcd")
print(next(e), next(e))
for i, c in e:
    print("rest", i, c)
