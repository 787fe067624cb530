# Iterating over a copy while mutating the original list, dict and set.

nums = [1, 2, 3, 4, 5, 6, 7, 8]
for n in nums[:]:
    if n % 2 == 0:
        nums.remove(n)
print(nums)

nums = [1, 2, 3, 4, 5, 6]
for n in list(nums):
    if n > 2:
        nums.append(n * 10)
print(nums)

d = {"a": 1, "b": 2, "c": 3, "d": 4}
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d)

d = {"x": 1, "y": 2}
for k, v in list(d.items()):
    d[k * 2] = v * 2
print(d)

s = {1, 2, 3, 4, 5, 6}
for v in sorted(s):
    if v % 3 == 0:
        s.discard(v)
print(sorted(s))

# Mutating the list while iterating over it directly: shows index-based skipping.
skip = [1, 2, 2, 3, 4, 4, 5]
for v in skip:
    if v % 2 == 0:
        skip.remove(v)
print("direct removal:", skip)

grow = [1, 2, 3]
count = 0
for v in grow:
    if v < 4:
        grow.append(v + 3)
    count += 1
print("direct append:", grow, count)

# Iterating in reverse over indices to delete safely.
data = list(range(10))
for i in range(len(data) - 1, -1, -1):
    if data[i] % 3 == 0:
        del data[i]
print(data)

# Building a new list instead of mutating.
words = ["keep", "drop", "keep2", "drop2"]
words[:] = [w for w in words if not w.startswith("drop")]
print(words)

# Copy semantics: shallow copies share nested lists.
matrix = [[1, 2], [3, 4]]
shallow = matrix[:]
for row in shallow:
    row.append(0)
print(matrix, shallow is matrix)
copied = [row[:] for row in matrix]
for row in copied:
    row.clear()
print(matrix, copied)

# Set changed size during iteration raises.
s2 = {1, 2, 3}
try:
    for v in s2:
        s2.add(v + 10)
except RuntimeError as e:
    print("RuntimeError:", e)

# Dict values changed (not size) during iteration is allowed.
prices = {"a": 1.0, "b": 2.0}
for k in prices:
    prices[k] = prices[k] * 2
print(prices)

# Queue processing: list grows while being consumed from the front.
queue = [3]
order = []
while queue:
    item = queue.pop(0)
    order.append(item)
    if item > 0:
        queue.extend([item - 1, item - 2] if item > 1 else [item - 1])
print(order)
