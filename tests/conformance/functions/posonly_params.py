# Positional-only parameters: calls, errors and code attributes.

def clamp(value, lo=0, hi=10, /):
    return max(lo, min(hi, value))


def tag(a, b, /, c, *, d=4):
    return f"a={a} b={b} c={c} d={d}"


def greet(name, /, **kw):
    # "name" may appear as a keyword because it lands in **kw
    return name, sorted(kw.items())


print(clamp(5))
print(clamp(-3))
print(clamp(42))
print(clamp(7, 8))
print(clamp(7, 1, 6))
print(tag(1, 2, 3))
print(tag(1, 2, c=30))
print(tag(1, 2, c=30, d=40))
print(greet("ann"))
print(greet("bob", name="other", x=1))

for call in (
    lambda: clamp(value=3),
    lambda: clamp(1, 2, 3, 4),
    lambda: tag(1, b=2, c=3),
    lambda: tag(a=1, b=2, c=3),
    lambda: tag(1, 2),
    lambda: clamp(),
):
    try:
        print("ok", call())
    except TypeError as e:
        print(type(e).__name__, e)

code = tag.__code__
print(code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount)
print(code.co_varnames)
print(clamp.__defaults__)
print(tag.__defaults__, tag.__kwdefaults__)
print(greet.__code__.co_flags & 0x08 != 0, greet.__code__.co_flags & 0x04 != 0)


def only_pos(x, y, /):
    return x * 10 + y


args = [(1, 2), (3, 4), (9, 0)]
print([only_pos(*p) for p in args])
