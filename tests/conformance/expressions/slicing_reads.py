# Slicing with positive and negative steps, out-of-range bounds and slice objects.
s = "abcdefghij"
lst = list(range(10))
tup = tuple(range(10))

for sl in [(None, None, None), (2, 5, None), (-3, None, None), (None, -3, None), (None, None, 2),
           (None, None, -1), (8, 2, -2), (-1, -6, -1), (100, None, -3), (None, 100, None),
           (5, 5, None), (7, 3, None), (-100, 3, None), (1, None, 4), (None, 0, -1)]:
    obj = slice(*sl)
    print(sl, repr(s[obj]), lst[obj], tup[obj] == tuple(lst[obj]))

print(s[::-1], s[-1::-2], s[::3], s[1:-1], s[:-100], s[100:])
print(lst[:0], lst[0:1], lst[-1:], lst[3:-3:2])
print(s[1:9:3], s[9:1:-3], lst[::-4])

sl = slice(1, 8, 3)
print(sl.start, sl.stop, sl.step, sl.indices(5), slice(None, None, -1).indices(4))
print(repr(slice(3)), repr(slice(1, 2)), slice(1, 2) == slice(1, 2))
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)

# Slicing bytes, range and nested lists.
b = b"hello world"
print(b[:5], b[-5:], b[::2], b[3])
r = range(0, 30, 3)
print(r[2:5], list(r[::-2]), r[-1], r[1:][1:][1:])
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(grid[1:], grid[::-1][0][::-1], [row[1:] for row in grid[:2]])


# Slicing calls __getitem__ with a slice object.
class Show:
    def __getitem__(self, key):
        return key


sh = Show()
print(sh[1:2], sh[::], sh[1:2:3], sh[:, 1], sh[1:2, ::3], sh[...])

# Slice results are copies.
orig = [1, 2, 3]
copy = orig[:]
copy.append(4)
print(orig, copy, orig[:] is orig)

# Negative index arithmetic.
i = -3
print(s[i], s[i:], s[:i], lst[i - 1:i + 2])
