# f-strings: format specs, nested specs, conversions, = specifier, braces.
import math

x = 3.14159265
n = 42
s = "text"
w, p = 10, 3
neg = -7

print(f"{x}|{x:.2f}|{x:10.3f}|{x:<10.1f}|{x:^10.2f}|{x:+.1e}|{x:%}")
print(f"{n}|{n:5d}|{n:<5d}|{n:^5d}|{n:05d}|{n:x}|{n:#x}|{n:#o}|{n:b}|{n:#010b}|{n:,}")
print(f"{1234567.891:,.2f}|{1234567:_}|{0xFFFF:_x}|{neg:+d}|{n: d}|{neg:=8d}")
print(f"{s}|{s:>8}|{s:*<8}|{s:-^9}|{s:.2}|{s!r}|{s!s}|{'é'!a}|{s!r:>10}")
print(f"{x:{w}.{p}f}|{x:{'<'}{w}}|{n:{'0'}{w}d}|{s:{'>'}{w + 2}}")
print(f"{{literal}}|{{{n}}}|{{}}|{'{'}|{'}'}")
print(f"{n=}|{n = }|{x=:.2f}|{s=!r}|{s = !s}|{n*2=}")
print(f"{'nested ' + f'{n:03}'}|{[i * 2 for i in range(3)]}|{ {'k': 1}['k'] }")
print(f"{math.pi:.3}|{1e-7:g}|{1e20:g}|{123.456:g}|{0.0001:.2g}|{100:e}")
print(f"{True}|{None}|{True:d}|{False:>6}|{3:.1f}|{3.0:.0f}|{2.5:.0f}|{3.5:.0f}")
print(f"{-0.0}|{-0.0:.1f}|{float('inf'):>6}|{float('nan'):^7}|{-1.5:08.2f}")
print(f"{'multi'}"
      f"{'line'}|{n:>{w}}")
print(f"{n:c}|{65:c}{66:c}|{ord('a'):d}|{chr(n)}")
items = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 4.0, 1)]
for name, price, qty in items:
    print(f"{name:<12}|{price:>6.2f}|{qty:>4}|{price * qty:>8.2f}")


class Fmt:
    def __format__(self, spec):
        return "<Fmt spec=%r>" % spec

    def __repr__(self):
        return "Fmt()"

    def __str__(self):
        return "Fmt-str"


obj = Fmt()
print(f"{obj}|{obj:xyz}|{obj!r}|{obj!s}|{obj:{w}}")
print(format(n, "08.3f"), format(s, "^10"), format(obj, "abc"), format(255, "X"))
d = {"a": 1}
print(f"{d['a']}|{d}|{len(d)}")
print(f"{'%'}|{100:.0%}|{0.125:.1%}")
try:
    f"{n:z}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{s:d}"
except ValueError as e:
    print("ValueError:", e)
