"""PEP 563: with the future import, annotations are strings (CPython's unparse) and
are never evaluated, so they may name things defined later or not at all."""
from __future__ import annotations

import typing as t


def f(a: Later, b: list[int] = [], *args: t.Any, c: dict[str, 'Markup'] | None = None, **kw: "x.y") -> Later:
    return a


class C:
    x: int
    y: t.Optional[Later] = 3
    z: Callable[[int, str], tuple[int, ...]]
    print.attr: undefined_name
    [][0:1]: undefined_too
    w: lambda q: q + 1
    v: -1 ** 2 if a else (b, c)
    u: [x for x in range(3) if x]
    s: {1: 2, **d}


class Later:
    pass


print(f.__annotations__)
print(C.__annotations__)
def g(a: Later, b: "list[Later]") -> int:
    pass


print(C.y, t.get_type_hints(g))
try:
    class D:
        obj.attr: int
except NameError as e:
    print("NameError", e)
m: 1 + 2 * (3 - 4) / 5 // 6 % 7 @ 8 << 1 >> 2 & 3 ^ 4 | 5 and not 6 or 7
n: a.b[c, d:e:f, ::2](g, *h, i=j, **k)
o: ('it\'s' "q\"uote", 1e309, 0x10, -1.5, 3j, b'by', ...)
print(__annotations__)
