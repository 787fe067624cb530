# Deeply nested patterns: a tiny expression evaluator and simplifier over tuples, dicts and classes.
from dataclasses import dataclass


@dataclass
class Num:
    value: int


@dataclass
class BinOp:
    op: str
    left: object
    right: object


@dataclass
class Neg:
    operand: object


def evaluate(node):
    match node:
        case Num(v):
            return v
        case Neg(Neg(inner)):
            return evaluate(inner)
        case Neg(x):
            return -evaluate(x)
        case BinOp("+", l, r):
            return evaluate(l) + evaluate(r)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return 0
        case BinOp("*", l, r):
            return evaluate(l) * evaluate(r)
        case BinOp(op, _, _):
            raise ValueError(f"unknown operator {op!r}")


def simplify(node):
    match node:
        case BinOp("+", Num(0), x) | BinOp("+", x, Num(0)):
            return simplify(x)
        case BinOp("*", Num(1), x) | BinOp("*", x, Num(1)):
            return simplify(x)
        case BinOp(op, l, r):
            return BinOp(op, simplify(l), simplify(r))
        case Neg(Neg(x)):
            return simplify(x)
        case Neg(x):
            return Neg(simplify(x))
        case _:
            return node


exprs = [
    Num(5),
    BinOp("+", Num(2), Num(3)),
    BinOp("*", Num(0), BinOp("+", Num(1), Num(1))),
    BinOp("*", BinOp("+", Num(1), Num(0)), Num(1)),
    Neg(Neg(Num(7))),
    BinOp("+", Neg(Num(4)), BinOp("*", Num(3), Num(3))),
]
for e in exprs:
    s = simplify(e)
    print(evaluate(e), "|", s)

try:
    evaluate(BinOp("/", Num(1), Num(2)))
except ValueError as err:
    print("ValueError:", err)

# nested tuples / lists / dicts in one pattern
requests = [
    {"method": "GET", "path": ["users", uid], "query": {}}
    for uid in ("1", "2")
] + [
    {"method": "POST", "path": ["users"], "body": {"name": "zoe", "tags": ["a", "b"]}},
    {"method": "DELETE", "path": ["users", "9"], "query": {"force": True}},
    {"method": "GET", "path": [], "query": {}},
]
for req in requests:
    match req:
        case {"method": "GET", "path": ["users", user_id]}:
            print("fetch user", user_id)
        case {"method": "POST", "path": ["users"], "body": {"name": str(name), "tags": [*tags]}}:
            print("create", name, "with", len(tags), "tags")
        case {"method": "DELETE", "path": [_, target], "query": {"force": True}}:
            print("force delete", target)
        case {"method": method, "path": []}:
            print(method, "on root")
