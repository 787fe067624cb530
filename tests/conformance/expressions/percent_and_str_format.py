# printf-style % formatting and str.format.

print("%s|%r|%a|%d|%i|%5d|%-5d|%05d|%+d" % ("s", "r", "é", 42, 7, 3, 3, 3, 3))
print("%f|%.2f|%10.3f|%-10.1f|%e|%.3E|%g|%G" % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 0.000123, 1e-10, 1e20))
print("%x|%X|%#x|%o|%#o|%c|%c|%%" % (255, 255, 255, 8, 8, 65, "z"))
print("%(name)s is %(age)d years, %(name)r" % {"name": "Ann", "age": 30})
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 2, 3.14159))
print("%s" % (1, ), "%s" % [1, 2], "%s %s" % ("a", "b"), "%s" % "single")
print("%d" % 3.99, "%d" % True, "%s" % None, "%.3s" % "abcdef")
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s" % (1, 2))
except TypeError as e:
    print("TypeError:", e)
print(b"%s-%d" % (b"bytes", 5))

print("{}|{}|{}".format(1, "two", 3.0))
print("{0}{1}{0}|{1}".format("a", "b"))
print("{name}|{name!r}|{0}".format(10, name="nm"))
print("{:>8}|{:<8}|{:^8}|{:*^9}".format("r", "l", "c", "s"))
print("{:.3f}|{:08.2f}|{:+}|{:,}|{:x}".format(2.71828, -1.5, 5, 10 ** 7, 3054))
print("{0[0]}|{0[1][k]}|{1.real}".format(["first", {"k": "deep"}], 5 + 2j))
print("{:{}}|{:{}.{}f}".format("w", 5, 3.14159, 10, 2))
print("{{}}|{{{}}}".format("braced"))
print("{!s:>6}|{!r:>6}|{!a}".format("s", "r", "ü"))
print("{:%}|{:.1%}|{:e}|{:g}".format(0.5, 0.125, 1234.5, 0.00001))
print("{:d}|{:b}|{:o}|{:#b}|{:c}".format(True, 5, 64, 5, 97))
print("{:=+8}|{:08}|{:^+8}".format(42, -42, 42))
args = ["x", "y"]
kwargs = {"k": "v"}
print("{1}-{0}-{k}".format(*args, **kwargs))
print("{a}/{b}".format_map({"a": 1, "b": 2}))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format(present=1)
except KeyError as e:
    print("KeyError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)

# Padding tables.
rows = [("alpha", 1, 0.5), ("beta", 22, 10.25), ("gamma", 333, 100.125)]
for name, num, val in rows:
    print("%-8s%5d%10.3f" % (name, num, val), "|", "{:<8}{:>5}{:>10.3f}".format(name, num, val))
