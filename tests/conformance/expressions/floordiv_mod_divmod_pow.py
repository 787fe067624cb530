# Floor division and modulo with negative operands, divmod, and three-argument pow.

pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (5, 7), (-5, 7), (6, 3), (-6, 3)]
for a, b in pairs:
    q, r = divmod(a, b)
    print("%3d %3d | //: %3d  %%: %3d  divmod: (%d, %d)  check: %s" % (a, b, a // b, a % b, q, r, q * b + r == a))

for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-0.5, 1), (0.5, -1), (1e-300, -1)]:
    print(a, b, a // b, a % b, divmod(a, b))

print(-0.0 // 1, 0.0 % -1, -0.0 % 1)
print(5 % 1.5, -5 % 1.5, 5.5 // 1.1)

for base, exp, mod in [(2, 10, 1000), (3, 200, 13), (-2, 3, 5), (2, 3, -5), (7, 0, 1), (0, 0, 7), (10, 18, 97)]:
    print("pow(%d, %d, %d) =" % (base, exp, mod), pow(base, exp, mod))

print(pow(3, -1, 7), pow(2, -1, 9), pow(5, -2, 13))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)

print(pow(2, 10), pow(2, -2), pow(-8, 2), pow(2.5, 2), pow(4, 0.5))
print(pow(base=3, exp=4), pow(3, 4, mod=5))

# modulo of bools and mixed.
print(True % 2, 7 % True, True // True, -True // 2)

# Integer division identities hold for a range of values.
ok = True
for a in range(-20, 21):
    for b in [-7, -3, -1, 1, 2, 5]:
        if (a // b) * b + a % b != a:
            ok = False
        if b > 0 and not (0 <= a % b < b):
            ok = False
        if b < 0 and not (b < a % b <= 0):
            ok = False
print("identities hold:", ok)
