# As-patterns: binding the matched value of a sub-pattern, with or-patterns, classes, sequences and mappings.
from dataclasses import dataclass


@dataclass
class Token:
    kind: str
    text: str


def analyse(value):
    match value:
        case (0 | 1) as bit:
            return f"bit {bit}"
        case [int() as first, *_] as whole:
            return f"int-led list {whole} (first={first})"
        case {"user": {"name": str() as name} as user}:
            return f"user record {user} name={name}"
        case Token(kind="num" as k, text=t) as tok:
            return f"{k} token {t!r}, object {tok}"
        case (str() | bytes()) as text:
            return f"text of type {type(text).__name__}"
        case [(a, b) as p1, (c, d) as p2]:
            return f"two pairs {p1} {p2} -> sum {a + b + c + d}"
        case _ as anything:
            return f"fallback captured {anything!r}"


samples = [0, 1, 2, [5, "x"], ["x", 5], {"user": {"name": "ann", "age": 3}},
           {"user": {"name": 7}}, Token("num", "42"), Token("op", "+"), "s", b"b",
           [(1, 2), (3, 4)], [(1, 2), (3, 4, 5)]]
for s in samples:
    print(analyse(s))

# the as-name holds the very same object as the subject part
inner = [1, 2]
match [inner, 3]:
    case [list() as got, 3]:
        print("identity preserved:", got is inner)

# nested as-patterns
match [1, [2, 3]]:
    case [1, [2, 3] as inner_list] as outer_list:
        print("inner:", inner_list, "outer:", outer_list)

# as-pattern around a star is not allowed; as must bind a name, not _
for src in ["case [*rest as r]: pass", "case 1 as _: pass", "case 1 as x.y: pass", "case (1 as x) as y: pass"]:
    try:
        compile("match v:\n    " + src + "\n", "<as>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "-> SyntaxError:", e.msg)

# as-pattern in an or-pattern: every alternative must bind the same names
for v in [("add", 1, 2), ("sub", 5, 3), ("mul", 2, 2)]:
    match v:
        case (("add" | "sub") as op, x, y):
            print(op, "->", x + y if op == "add" else x - y)
        case (op, *_):
            print("unsupported", op)
