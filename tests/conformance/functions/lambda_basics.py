# Lambdas: defaults, closures, sorting keys, immediate invocation.

square = lambda x: x * x
add = lambda a, b=10: a + b
const = lambda: "const"
varargs = lambda *a, **k: (a, sorted(k))
kwonly = lambda *, flag=False: "on" if flag else "off"

print(square(7), add(1), add(1, 2), const())
print(varargs(1, 2, z=3, a=4))
print(kwonly(), kwonly(flag=True))
print(square.__name__, square.__qualname__)
print((lambda: 0).__name__)
print(add.__defaults__, kwonly.__kwdefaults__)

words = ["banana", "Apple", "cherry", "date", "Elder"]
print(sorted(words))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: -len(w)))
print(list(map(lambda w: w[::-1], words)))
print(list(filter(lambda w: "e" in w, words)))

print((lambda x, y: x ** y)(2, 10))
print((lambda *a: len(a))(1, 2, 3))

compose = lambda f, g: lambda x: f(g(x))
inc = lambda n: n + 1
dbl = lambda n: n * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print(compose(inc, dbl).__qualname__)

adders = [lambda x, n=n: x + n for n in range(5)]
print([f(100) for f in adders])
late = [lambda x: x + n for n in range(5)]
print([f(100) for f in late])

table = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for op in "+-*":
    print(op, table[op](6, 3))

cond = lambda n: "neg" if n < 0 else ("zero" if n == 0 else "pos")
print([cond(n) for n in (-2, 0, 3)])

nested = lambda a: (lambda b: (lambda c: a + b + c))
print(nested(1)(2)(3))
print(nested(1)(2).__qualname__)

try:
    square()
except TypeError as e:
    print(type(e).__name__, e)
try:
    add(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
print(square.__doc__, square.__code__.co_argcount)
