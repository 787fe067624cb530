# Lambdas follow the same scoping rules as def.

x = "global"
get_x = lambda: x
print(get_x())
x = "rebound global"
print(get_x())


def make():
    x = "enclosing"
    return lambda: x, lambda x=x: x, lambda x: x


a, b, c = make()
print(a(), b(), b("arg"), c("param"))

nested = (lambda p: (lambda q: (lambda r: p + q + r)))
print(nested("a")("b")("c"))
fns = {name: (lambda name=name: name.upper()) for name in ["one", "two"]}
print(sorted([f() for f in fns.values()]))


class Holder:
    val = "class val"
    get = lambda self: val if False else self.val
    fallback = staticmethod(lambda: x)


print(Holder().get(), Holder.fallback())


def counter():
    count = [0]
    inc = lambda: count.__setitem__(0, count[0] + 1) or count[0]
    return inc


inc = counter()
print(inc(), inc(), inc())

y = 10
adder = lambda n, y=y: n + y
y = 20
print(adder(1), (lambda n: n + y)(1))

try:
    (lambda: undefined_lambda_name)()
except NameError as e:
    print(type(e).__name__, e)


def lambda_uses_later_local():
    f = lambda: later
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)
    later = "now set"
    return f()


print(lambda_uses_later_local())
print((lambda *a, **k: (a, k))(1, z=2))
print((lambda: (w := 5) * 2)())
sq = [(lambda v: v * v)(i) for i in range(4)]
print(sq)
print((lambda: [z for z in range(3)])())
