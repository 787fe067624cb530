# Arithmetic on int, float and bool, mixed types and results' types.

values = [7, -7, 0, 2.5, -2.5, True, False]
for a in [7, -3, 2.5, True]:
    for b in [2, -2, 0.5, True]:
        print(a, b, "|", a + b, a - b, a * b, a / b, type(a + b).__name__)

print(True + True, True * 10, False - 1, -True, +False, ~True)
print(3 * 1.0, 3 / 3, type(3 / 3).__name__, 7 // 2.0, 7 % 2.5)
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3)
print(1e16 + 1, 2 ** 53 + 1.0, float(2 ** 53 + 1))
print(1 / 3, 2 / 3, 10 / 4, -10 / 4)
print(abs(-5), abs(-5.5), abs(True), abs(-0.0))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(1250, -2))
print(int(3.9), int(-3.9), int(True), float(7), float("inf"), -float("inf"))
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, nan > 1, [nan] == [nan])
inf = float("inf")
print(inf + 1, inf - inf, inf * 0, 1 / inf, -1 / inf)
print(max(1, 2.0, True), min(-1, -1.0), max([3, 3.0]), min(3.0, 3))
print(sum([1, 2.5, True]), sum([0.1] * 10), sum([], 10))
print(5 == 5.0, hash(5) == hash(5.0), True == 1, 1.0 == True)
print(10 ** 2, 10 ** -2, 2 ** 0.5, (-8) ** (1 / 3) == (-8) ** (1 / 3), 0 ** 0, 0.0 ** 0)
print((-2) ** 2, -2 ** 2, 2 ** -1, (-2) ** -1, 4 ** 0.5)
print(1.5.is_integer(), 2.0.is_integer(), (7).bit_length(), (255).to_bytes(2, "big"))
print(3.75.as_integer_ratio(), (0.5).hex(), float.fromhex("0x1.8p1"))
print(repr(1e22), repr(1e-5), repr(123456789.0), repr(1.0e16), repr(0.1), str(1e100))
print(7.0 // 0.5, 7.0 % -3, -7.0 % 3, 7 % -3.0, divmod(7.5, 2))
x = 10
x += 2.5
print(x, type(x).__name__)
x //= 2
print(x)
x **= 2
print(x)
n = 17
n %= 5
n <<= 3
n |= 1
n ^= 3
n &= 0xFE
n >>= 1
print(n)
