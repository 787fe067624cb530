# Left-to-right evaluation of call arguments, dict displays, operators and subscripts.
log = []


def L(tag, value=None):
    log.append(tag)
    return tag if value is None else value


def show(label, result):
    print(label, "->", result, "|", " ".join(log))
    log.clear()


def f(*args, **kwargs):
    return (args, sorted(kwargs.items()))


show("positional", f(L("a"), L("b"), L("c")))
show("keywords", f(L("a"), y=L("y"), x=L("x")))
show("star args", f(L("a"), *L("star", [1, 2]), L("b"), **L("kw", {"k": 1})))
show("function expr first", L("callee", f)(L("arg1"), L("arg2")))
show("method", L("obj", "a-b").split(L("sep", "-")))

show("dict display", {L("k1"): L("v1"), L("k2"): L("v2")})
show("dict duplicate key", {L("k", "same"): L("first"), L("k2", "same"): L("second")})
show("dict unpack", {L("a"): 1, **L("d", {"b": 2}), L("c"): 3})
show("list display", [L("x"), L("y"), *L("s", "z")])
show("set display", sorted({L("p"), L("q")}))
show("tuple display", (L("t1"), L("t2")))

show("binary ops", L("l", 2) + L("m", 3) * L("r", 4))
show("power right-assoc", L("a", 2) ** L("b", 1) ** L("c", 3))
show("comparison", L("a", 1) < L("b", 2) < L("c", 3))
show("subscript", L("seq", [10, 20])[L("idx", 1)])
show("slice", L("seq", "abcdef")[L("lo", 1):L("hi", 4):L("st", 2)])
show("attribute then call", L("obj", "x").upper())
show("conditional", L("yes") if L("cond", True) else L("no"))
show("f-string", f"{L('first')}-{L('second')}")
show("nested calls", f(L("outer1"), f(L("inner1"), L("inner2")), L("outer2")))

d = {}
d[L("key")] = L("value")
show("assignment", d)
lst = [0, 0]
lst[L("i", 0)], lst[L("j", 1)] = L("rhs", (5, 6))
show("tuple assignment", lst)


class C:
    def __init__(self, *a):
        log.append("init")


show("constructor", type(C(L("arg"))).__name__)
show("keyword order kept", f(b=L("b"), a=L("a"), c=L("c")))
show("comprehension", [L("elem%d" % i, i) for i in range(3)])
show("lambda default evaluated at def", (lambda x=L("default"): x)())
show("boolean", L("first", 0) or L("second", "") or L("third", "t"))


def g(a, b=L("g-default")):
    return a, b


show("after def", g(L("call-arg")))
