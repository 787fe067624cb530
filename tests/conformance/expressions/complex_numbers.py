# Complex number arithmetic and formatting.

z = 3 + 4j
w = complex(1, -2)
print(z, w, z + w, z - w, z * w, z / w)
print(abs(z), z.real, z.imag, z.conjugate(), -z, +z)
print(z == complex(3, 4), z != w, z == 3 + 4.0j)
print(1j * 1j, 1j ** 2, (1 + 1j) ** 2, 2 ** (1j * 0))
print(complex("1+2j"), complex(" -3.5j "), complex(2), complex(), complex("5"))
print(repr(1j), repr(-1j), repr(0j), repr(-0j), repr(complex(0, -0.0)), repr(complex(-0.0, 0)))
print(repr(complex(1e20, 1e-20)), repr(complex(float("inf"), float("nan"))))
print(type(1 + 0j).__name__, (1 + 0j) == 1, 1j.imag, 2 * 1j, 1j + True)
print(z * 2, z / 2, z + 1.5, 0.5 * z)
print(f"{z}", f"{z:.2f}", f"{w:>20}", "{:+.1f}".format(z), format(z, ".3e"))
try:
    z < w
except TypeError as e:
    print("TypeError:", e)
try:
    z // 2
except TypeError as e:
    print("TypeError:", e)
try:
    z % 2
except TypeError as e:
    print("TypeError:", e)
try:
    int(z)
except TypeError as e:
    print("TypeError:", e)
try:
    (1 + 1j) / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(pow(z, 2), z ** 3, w ** -1)
total = 0
for k in range(1, 5):
    total += 1j ** k
print(total)
print(sum([1j, 2, 3.5]), [c.real for c in [1j, 2 + 0j]])
print(hash(1 + 0j) == hash(1), bool(0j), bool(0.0001j))
