# Arithmetic and comparisons of ints around the one-digit limit (2**30) and the small-int
# cache, where compiled code takes its inline paths, against CPython's results.
def ops(a, b):
    return (a + b, a - b, a * b, a < b, a <= b, a == b, a != b, a > b, a >= b)


edges = [0, 1, -1, -5, -6, 255, 256, 257, 2**30 - 1, -(2**30 - 1), 2**30, -(2**30), 2**31, 2**62, -(2**63)]
for a in edges:
    for b in edges:
        print(a, b, ops(a, b))

# results in the small-int range are the cached objects, as in CPython
x = 200
y = 56
small = [256, 5, 0, -5]
print((x + y) is small[0], (x - 195) is small[1], (x * 0) is small[2], (y - 61) is small[3])
# bools are ints, but not exact ones: their sums and comparisons
print(True + True, True - False, True * 7, True < 2, False == 0)
count = 0
for i in range(100000):
    count = count + i
print(count, count * count, -count * count)
s = "abc"
print(s[0] < s[1], s[2] >= "c", "b" > "ab", "é" > "z", "a" == "a", "x" != "x")
