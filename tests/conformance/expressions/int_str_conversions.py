# Conversions between int, str, float and their error messages.

for text in ["42", "-17", "  8  ", "+5", "0", "007", "1_000", "١٢٣"]:
    print(repr(text), "->", int(text))

for text, base in [("ff", 16), ("FF", 16), ("0xff", 16), ("0xff", 0), ("0o17", 0), ("0b101", 0),
                   ("777", 8), ("z", 36), ("101", 2), ("-10", 3), ("10", 0)]:
    print(repr(text), base, "->", int(text, base))

for bad, base in [("", 10), ("4.5", 10), ("1e3", 10), ("12", 2), ("0x10", 10), ("08", 0),
                  ("_1", 10), ("1__0", 10), ("abc", 16), (" ", 10)]:
    try:
        int(bad, base)
    except ValueError as e:
        print("ValueError:", e)

for bad_base in [1, 37, -1]:
    try:
        int("1", bad_base)
    except ValueError as e:
        print("ValueError:", e)

print(int(3.99), int(-3.99), int(True), int(1e20), int("10") + int(2.5))
for bad in [float("inf"), float("nan")]:
    try:
        int(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)

print(str(42), str(-0), str(10 ** 20), repr(-5), str(True), str(3.0), str(1e-7), str(1.5e300))
print(float("3.5"), float(" -2 "), float("1e3"), float("inf"), float("-Infinity"), float("1_0.5"))
print(bin(10), oct(10), hex(255), hex(-255), bin(-1), format(10, "b"), format(255, "x"))
print(int(bin(12345), 2), int(hex(54321), 16), int(oct(999), 8))
print(ord("a"), chr(97), ord("€"), chr(8364), [ord(c) for c in "AZ"])
print(str(b"bytes"), str(b"caf\xc3\xa9", "utf-8"), bytes("é", "utf-8"), int.from_bytes(b"\x01\x00", "little"))


class Num:
    def __int__(self):
        return 7

    def __index__(self):
        return 8

    def __float__(self):
        return 2.5


n = Num()
print(int(n), float(n), bin(n), hex(n), [0, 1, 2, 3, 4, 5, 6, 7, 8][n], range(10)[n])


# Round trips.
for v in [0, 1, -1, 2 ** 70, -(3 ** 50)]:
    assert int(str(v)) == v and int(repr(v)) == v
for v in [0.1, 1 / 3, 1e-320, 2.5e300, -0.0]:
    assert float(repr(v)) == v
print("round trips ok")
print(str(12345678901234567890)[::-1], len(str(2 ** 1000)), sum([int(d) for d in str(2 ** 100)]))
