# Bitwise operators on ints (including negatives and bools), shifts and helpers.

for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (0, -1), (255, 15)]:
    print(a, b, "&", a & b, "|", a | b, "^", a ^ b, "~a", ~a)

for n in [1, 5, -5, 1024, -1]:
    print(n, "<<3", n << 3, ">>1", n >> 1, ">>10", n >> 10)

print(1 << 100, (1 << 100) >> 99, -1 << 70, (-1 << 70) >> 69)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -2
except ValueError as e:
    print("ValueError:", e)
try:
    1.0 << 1
except TypeError as e:
    print("TypeError:", e)

print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
print(~False, ~True, True << 4)

print(bin(0b1011 & 0b0110), bin(0b1011 | 0b0110), bin(0b1011 ^ 0b0110), bin(-10))
print(hex(0xDEAD_BEEF ^ 0xFFFF_FFFF), oct(0o777 & 0o070), 0x10 | 0o10 | 0b10)

# Precedence: shift binds tighter than &, & tighter than ^, ^ tighter than |.
print(1 | 2 ^ 3 & 4 << 1, (1 | 2) ^ 3, 1 + 2 << 3, 1 + (2 << 3), 2 * 3 >> 1)
print(-1 & 0xFF, -256 & 0xFF, (-129) & 0xFF)


# Counting bits and masking.
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c


print([popcount(i) for i in range(17)])
print([(i).bit_count() for i in range(17)] == [popcount(i) for i in range(17)])
print([i for i in range(40) if i & (i - 1) == 0])
mask = 0
for bit in [0, 3, 5, 63]:
    mask |= 1 << bit
print(mask, [b for b in range(64) if mask >> b & 1])

# Sets use the same operators.
s1, s2 = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(s1 & s2), sorted(s1 | s2), sorted(s1 ^ s2), sorted(s1 - s2))
d1, d2 = {"a": 1}, {"b": 2, "a": 3}
print(d1 | d2, d2 | d1)
d1 |= {"z": 26}
print(d1)

# Augmented bitwise assignments.
flags = 0b1111
flags &= ~0b0100
flags ^= 0b10000
flags |= 0b1000000
flags >>= 1
flags <<= 2
print(bin(flags))
