# Lambda expressions: defaults, closures, varargs, keyword-only, immediate calls, sorting keys.

add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=3, a=4))
print((lambda: "no args")(), (lambda *a: a)(1, 2), (lambda **k: sorted(k))(x=1, y=2))
print((lambda a, *, k: (a, k))(1, k=2), (lambda a, /, b: a - b)(5, b=2))
print((lambda x: lambda y: x * y)(3)(4))

fns = [lambda v, i=i: v + i for i in range(3)]
print([f(10) for f in fns])
late = [lambda v: v + i for i in range(3)]
print([f(10) for f in late])


def make_counter():
    count = 0

    def bump():
        nonlocal count
        count += 1
        return count

    return bump, lambda: count


bump, peek = make_counter()
bump()
bump()
print(peek())

people = [("bob", 25), ("ann", 30), ("cy", 25), ("dee", 20)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(max(people, key=lambda p: len(p[0])), min(people, key=lambda p: p[1]))
print(list(map(lambda p: p[0].upper(), people)))
print(list(filter(lambda p: p[1] > 22, people)))

import functools
print(functools.reduce(lambda acc, x: acc * x, range(1, 7), 1))
print(functools.reduce(lambda a, b: a + b, ["x", "y", "z"]))

compose = lambda *fs: functools.reduce(lambda f, g: lambda x: g(f(x)), fs, lambda x: x)
pipeline = compose(lambda x: x + 1, lambda x: x * 2, str)
print(repr(pipeline(4)))

print((lambda: 1).__name__, add.__defaults__, add.__code__.co_argcount if hasattr(add, "__code__") else 2)

ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in sorted(ops)])

fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))

cond = lambda x: "neg" if x < 0 else ("zero" if x == 0 else "pos")
print([cond(v) for v in (-1, 0, 1)])

print((lambda x, y=[]: (y.append(x), y)[1])(1), (lambda x, y=[]: y)(0))

# Lambda capturing a loop variable via closure in a class body.
class K:
    scale = 3
    f = staticmethod(lambda v: v * 2)


print(K.f(5), K().f(6))
try:
    (lambda a: a)()
except TypeError as e:
    print("TypeError:", e)
