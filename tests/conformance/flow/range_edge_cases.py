# range objects: negative steps, empty ranges, indexing, slicing, membership, errors.
cases = [(5,), (0,), (-3,), (2, 8), (8, 2), (0, 10, 3), (10, 0, -3), (10, 0, 3), (-5, 5, 2),
         (5, -5, -2), (0, 1, 100), (3, 3), (-1, -10, -4)]
for args in cases:
    r = range(*args)
    print(args, list(r), len(r), bool(r), r[0] if r else None, r[-1] if r else None)

r = range(0, 20, 3)
print(r, r.start, r.stop, r.step)
print(9 in r, 10 in r, -3 in r, 18 in r, 21 in r, 3.0 in r, "3" in r)
print(r.index(12), r.count(12), r.count(13))
print(r[2:5], r[::-1], r[::2], r[-2:], r[100:], list(r[1:-1:2]))
print(range(10) == range(0, 10, 1), range(0) == range(5, 5), range(1, 5, 2) == range(1, 4, 2))
print(list(range(10 ** 20, 10 ** 20 + 3)), range(0, 10 ** 20, 7)[-1])
print(range(5)[-5], reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 4))))
print(sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(3), reverse=True))

for bad in [(1, 2, 0), (1.5,), ("1",)]:
    try:
        range(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    range(3)[3]
except IndexError as e:
    print("IndexError:", e)
try:
    range(3).index(7)
except ValueError as e:
    print("ValueError:", e)

# range with __index__ objects.
class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print(list(range(Idx(2), Idx(7), Idx(2))))

# Loops over ranges with computed bounds.
n = 4
for i in range(n - 1, -1, -1):
    print(i, end=" ")
print()
for i in range(-n, n, n // 2):
    print(i, end=" ")
print()
total = 0
for i in range(1, 6):
    for j in range(i, 6):
        total += j - i
print("total", total)

# Changing the bound variable inside the loop does not change the range.
limit = 3
for i in range(limit):
    limit += 10
print("limit", limit, "i", i)
print(hash(range(3)) == hash(range(0, 3)), range(3) != range(4))
