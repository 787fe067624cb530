# Mapping patterns: required keys, extra keys allowed, **rest capture (a new dict), literal/value keys, nesting.


class Keys:
    KIND = "kind"


def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest} if rest:
            return f"key {k!r} with extras {rest}"
        case {"type": "key", "key": k}:
            return f"plain key {k!r}"
        case {Keys.KIND: "custom", **others}:
            return f"custom with {sorted(others)}"
        case {1: one, 2.5: two, None: nothing, False: flag}:
            return f"odd keys: {one} {two} {nothing} {flag}"
        case {}:
            return f"some mapping with {len(event)} keys"
        case _:
            return "not a mapping"


events = [
    {"type": "click", "pos": (3, 4)},
    {"type": "click", "pos": (3, 4), "button": "left"},
    {"type": "click", "pos": [1, 2, 3]},
    {"type": "key", "key": "q", "shift": True, "ctrl": False},
    {"type": "key", "key": "w"},
    {"type": "key", "key": 5},
    {"kind": "custom", "b": 2, "a": 1},
    {1: "I", 2.5: "II", None: "III", False: "IV"},
    {1.0: "one-float", 2.5: "x", None: 0, 0: "zero for False"},
    {},
    {"unrelated": 1},
    [("type", "click")],
    "type",
]
for e in events:
    print(handle(e))

# {} matches any mapping, even non-empty
match {"a": 1}:
    case {}:
        print("{} matched a non-empty dict")

# **rest is a fresh dict of the remaining keys, in insertion order
source = {"z": 26, "a": 1, "m": 13}
match source:
    case {"a": _, **rest}:
        print("rest:", rest, "is a dict:", type(rest) is dict, "same object:", rest is source)
        rest["new"] = True
print("source unchanged:", source)

# **rest with no remaining keys is an empty dict
match {"only": 1}:
    case {"only": v, **rest}:
        print("only ->", v, "rest ->", rest)

# nested mappings and sequences
config = {"server": {"host": "localhost", "ports": [80, 443]}, "debug": False}
match config:
    case {"server": {"host": host, "ports": [first_port, *other_ports]}, "debug": False}:
        print("host", host, "first port", first_port, "others", other_ports)

# missing key fails even when the value pattern would match None
match {"a": None}:
    case {"b": None}:
        print("not reached")
    case {"a": None}:
        print("'a' present with None")

# keys must be literals or value patterns; **_ is not allowed
for src in ["{x: 1}", "{**_}", "{'a': 1, **rest, 'b': 2}", "{1: a, True: b}"]:
    try:
        compile(f"match m:\n    case {src}:\n        pass\n", "<map>", "exec")
        print(src, "compiles")
    except SyntaxError as e:
        print(src, "-> SyntaxError:", e.msg)
