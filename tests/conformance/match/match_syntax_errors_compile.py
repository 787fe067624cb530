# Pattern SyntaxErrors detected at compile time (checked with compile()); print e.msg and the line number.

sources = {
    "capture makes rest unreachable": """
match value:
    case x:
        pass
    case 1:
        pass
""",
    "wildcard makes rest unreachable": """
match value:
    case _:
        pass
    case 2:
        pass
""",
    "parenthesised capture is still irrefutable": """
match value:
    case (y):
        pass
    case 3:
        pass
""",
    "irrefutable alternative first in or-pattern": """
match value:
    case z | 1:
        pass
""",
    "guarded capture is fine": """
match value:
    case x if x:
        pass
    case 1:
        pass
""",
    "irrefutable last case is fine": """
match value:
    case 1:
        pass
    case other:
        pass
""",
    "same name twice in a sequence": """
match value:
    case [x, x]:
        pass
""",
    "same name via as-pattern": """
match value:
    case [a, b] as a:
        pass
""",
    "same name in mapping and rest": """
match value:
    case {"k": rest, **rest}:
        pass
""",
    "alternatives bind different names": """
match value:
    case [p] | [q]:
        pass
""",
    "alternative binds nothing vs something": """
match value:
    case 1 | [w]:
        pass
""",
    "alternatives with same names in different order are fine": """
match value:
    case (m, n) | [n, m]:
        pass
""",
    "duplicate literal mapping key": """
match value:
    case {"a": 1, "a": 2}:
        pass
""",
    "duplicate key after equality": """
match value:
    case {0: a, False: b}:
        pass
""",
    "star outside sequence": """
match value:
    case *rest:
        pass
""",
    "match is a soft keyword": """
match = 5
match (match):
    case 5:
        print("ok")
""",
    "case without match": """
case 1:
    pass
""",
}

for title, src in sources.items():
    try:
        compile(src, "<pattern-test>", "exec")
        print(f"{title}: compiles")
    except SyntaxError as e:
        print(f"{title}: SyntaxError line {e.lineno}: {e.msg}")

# match as an ordinary name still works everywhere
match = [1, 2]
case = "case is a name too"
print(match, case)
_ = "underscore name"
match match:
    case [1, _]:
        print("matched; _ keeps", repr(_))
