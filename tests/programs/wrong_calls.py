# Calls that bind correctly, then one that does not: TypeError with CPython's message.
def f(a, b, c=3, *, d, e=5):
    return a, b, c, d, e
def g(x, /, y):
    return x, y
print(f(1, 2, d=4), f(1, 2, 9, d=4, e=0), g(1, 2), g(1, y=3))
print(f.__defaults__, f.__kwdefaults__, f.__code__.co_kwonlyargcount, g.__code__.co_posonlyargcount)
f(1, 2, 3, 4, d=1)
