# Recursive descent parsing and mutual recursion over a small grammar.

def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j += 1
            tokens.append(int(text[i:j]))
            i = j
        else:
            tokens.append(ch)
            i += 1
    return tokens


def parse_expr(tokens, pos):
    value, pos = parse_term(tokens, pos)
    while pos < len(tokens) and tokens[pos] in ("+", "-"):
        op = tokens[pos]
        rhs, pos = parse_term(tokens, pos + 1)
        value = value + rhs if op == "+" else value - rhs
    return value, pos


def parse_term(tokens, pos):
    value, pos = parse_factor(tokens, pos)
    while pos < len(tokens) and tokens[pos] in ("*", "/"):
        op = tokens[pos]
        rhs, pos = parse_factor(tokens, pos + 1)
        value = value * rhs if op == "*" else value // rhs
    return value, pos


def parse_factor(tokens, pos):
    tok = tokens[pos]
    if tok == "(":
        value, pos = parse_expr(tokens, pos + 1)
        if tokens[pos] != ")":
            raise SyntaxError("expected )")
        return value, pos + 1
    if tok == "-":
        value, pos = parse_factor(tokens, pos + 1)
        return -value, pos
    if isinstance(tok, int):
        return tok, pos + 1
    raise ValueError(f"unexpected token {tok!r} at {pos}")


def evaluate(text):
    tokens = tokenize(text)
    value, pos = parse_expr(tokens, 0)
    if pos != len(tokens):
        raise ValueError(f"trailing tokens from {pos}")
    return value


for src in ["1 + 2 * 3", "(1 + 2) * 3", "-(4 - 10) / 2", "2 * (3 + (4 - 1)) * 5",
            "((((7))))", "1 +", "2 3", "* 4"]:
    try:
        print(src, "=", evaluate(src))
    except (ValueError, IndexError, SyntaxError) as e:
        print(src, "->", type(e).__name__, e)


def to_json(obj, indent=0):
    pad = "  " * indent
    if isinstance(obj, dict):
        inner = [f'{pad}  "{k}": {to_json(v, indent + 1).lstrip()}' for k, v in obj.items()]
        return pad + "{\n" + ",\n".join(inner) + "\n" + pad + "}"
    if isinstance(obj, list):
        return pad + "[" + ", ".join([to_json(v).strip() for v in obj]) + "]"
    if isinstance(obj, str):
        return pad + '"' + obj + '"'
    return pad + str(obj).lower() if isinstance(obj, bool) else pad + str(obj)


print(to_json({"name": "x", "tags": ["a", "b"], "nested": {"ok": True, "n": [1, [2]]}}))
