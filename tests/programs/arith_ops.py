# Every binary, unary and comparison operator on ints, floats, strings and containers.
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, a << 2, a >> 1, a & b, a | b, a ^ b)
print(-a, +a, ~a, not a, not 0)
x, y = 7.5, -2.0
print(x + y, x - y, x * y, x / y, x // y, x % y, x ** 2, -x, abs(y))
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, 2 ** -1, 10 ** 20, -(2 ** 63))
print(divmod(17, 5), round(2.675, 2), int("42") + 1, float("1e3"))
print("ab" + "cd", "ab" * 3, 3 * [1, 2], (1, 2) + (3,), "%s=%d" % ("k", 5))
print(a < b, a <= b, a == b, a != b, a > b, a >= b)
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0, "a" < "b", [1, 2] < [1, 3], (1, 2) == (1, 2))
print(None is None, a is not None, 3 in [1, 2, 3], "x" not in "abc", 2 in {1: 0, 2: 0})
c = 10
c += 5; c -= 3; c *= 2; c //= 5; c **= 3; c %= 7; c <<= 3; c >>= 1; c |= 1; c &= 13; c ^= 6
print(c)
m = 0
print(m, 0 or 0.0 or "" or [] or "last", 1 and 2 and 3, 0 and 1 / 0)
print(True + True, True * 3, 1j * 1j, complex(1, 2) + 1, 0.1 + 0.2)
