# Slice assignment (growing, shrinking, extended) and slice deletion.

a = list(range(10))
a[2:5] = ["x", "y"]
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [100, 101]
print(a)
a[1:3] = []
print(a)
a[::2] = ["E"] * len(a[::2])
print(a)
a[::-3] = "WXYZ"[:len(a[::-3])]
print(a)

b = [0, 1, 2, 3, 4, 5]
b[1:4] = range(3)
print(b)
b[-2:] = (9, 9, 9, 9)
print(b)
b[3:1] = ["inserted at 3"]
print(b)
b[:] = "abc"
print(b)

try:
    c = [1, 2, 3, 4]
    c[::2] = [9]
except ValueError as e:
    print("ValueError:", e)
try:
    c[1:2] = 5
except TypeError as e:
    print("TypeError:", e)

d = list(range(12))
del d[::3]
print(d)
del d[-2:]
print(d)
del d[1:100:2]
print(d)
del d[5:1]
print(d)
del d[::-1]
print(d)

# Slice assignment from itself.
e = [1, 2, 3]
e[1:1] = e
print(e)
e[:] = e[::-1]
print(e)

# Slice assignment via __setitem__ and __delitem__.


class Rec:
    def __setitem__(self, key, value):
        print("set", key, value)

    def __delitem__(self, key):
        print("del", key)


r = Rec()
r[1:5] = "v"
r[::2] = [1]
r[:-1, 3] = None
del r[2:]
del r[::-1]

# Augmented assignment to a slice.
f = [1, 2, 3, 4]
f[1:3] += [99]
print(f)
g = [[0, 0], [0, 0]]
g[0][:] = [7, 8]
g[1][1:] *= 3
print(g)

# bytearray slices.
ba = bytearray(b"hello")
ba[1:3] = b"EYYY"
del ba[-1]
print(ba)
