# Order in which call arguments, defaults and decorators are evaluated.

trace = []


def note(label, value=None):
    trace.append(label)
    return value if value is not None else label


def target(*args, **kwargs):
    return len(args), sorted(kwargs)


def reset(title):
    print(title, trace)
    trace.clear()


target(note("a"), note("b"), k=note("c"), *[note("d")], **{note("e"): 1})
reset("call args:")

note("func")
(note("callee", target))(note("x"), y=note("y"))
reset("callee first:")


def with_defaults(p=note("default p"), *, q=note("default q")):
    return p, q


reset("defaults at def:")
with_defaults()
reset("defaults not re-evaluated:")


def deco(label):
    note("deco factory " + label)

    def apply(fn):
        note("deco apply " + label)
        return fn
    return apply


@deco("one")
@deco("two")
def decorated(a=note("decorated default")):
    return a


reset("decorator order:")

d = {note("k1"): note("v1"), note("k2"): note("v2")}
reset("dict display:")

lst = [note("i0"), *[note("i1"), note("i2")], note("i3")]
reset("list display:")

result = note("left", 1) + note("right", 2) * note("third", 3)
print(result)
reset("binary ops:")

obj = {"m": [10, 20]}
val = note("container", obj)[note("key", "m")][note("index", 1)]
print(val)
reset("subscripts:")

x = note("cond-true", True) and note("and-right") or note("or-right")
print(x)
reset("bool ops:")


def kwcall(**kw):
    return list(kw)


print(kwcall(z=note("z"), a=note("a"), **{"m": note("m")}, b=note("b")))
reset("kw order:")

cmp = note("c1", 1) < note("c2", 2) < note("c3", 0) < note("c4", 5)
print(cmp)
reset("chained compare:")
