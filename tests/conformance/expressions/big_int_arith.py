# Arbitrary-precision integers: arithmetic, conversions, bit operations.

a = 2 ** 100
b = 3 ** 70
print(a)
print(b)
print(a + b, a - b)
print(a * b)
print(a // b, a % b, divmod(b, a))
print(-a // 7, -a % 7, a // -7, a % -7)
print(a ** 3)
print(pow(a, 5, 10 ** 9 + 7), pow(3, 10 ** 20, 1000))
print(a.bit_length(), (a - 1).bit_length(), (-a).bit_length())
print(a >> 90, a << 10, (a - 1) & 0xFFFF, a | 1, a ^ (a - 1))
print(-a >> 95, ~a, -(-a))

f = 1
for i in range(1, 41):
    f *= i
print("40! =", f)
print("digits:", len(str(f)), "trailing zeros:", len(str(f)) - len(str(f).rstrip("0")))

fib = [0, 1]
while len(fib) < 200:
    fib.append(fib[-1] + fib[-2])
print("fib(199) =", fib[199])
print(fib[199] % 1000000007, fib[150] // fib[149])

big = int("9" * 60)
print(big + 1, big * big)
print(hex(a), oct(2 ** 40), bin(2 ** 20 + 5))
print(int("1" * 40, 2), int("zz" * 10, 36))
print(str(-(10 ** 30)), repr(10 ** 25 - 1))
print(a == 2.0 ** 100, a < 2.0 ** 100 + 1e15, float(a), int(float(a)) == a)
print(10 ** 30 / 10 ** 10, 10 ** 30 // 10 ** 10)
print(abs(-b), max(a, b), min(a, b), sorted([a, b, -a, 0]))
print((a * b) // b == a, (a * b) % b, a.to_bytes(13, "big").hex())
print(int.from_bytes(b"\x01" + bytes(12), "big") == 2 ** 96)
print(a.__sizeof__() > 0, (10 ** 18).bit_count(), (2 ** 64 - 1).bit_count())

# Negative big integers with floor semantics.
m = -(10 ** 25) - 3
print(m // 10 ** 12, m % 10 ** 12, divmod(m, -(10 ** 12)))

# Mixed big int and bool/float.
print(a + True, a * False, a / 2 ** 99, (a + 1) / a == 1.0)

# Hash of equal numbers matches.
print(hash(a) == hash(float(a)), hash(-1) == hash(-2))
