# *args and **kwargs collection.

def collect(*args, **kwargs):
    return type(args).__name__, args, type(kwargs).__name__, kwargs


print(collect())
print(collect(1, 2))
print(collect(a=1, b=2))
print(collect(1, x=[2], y=None))


def mixed(a, b=2, *rest, c, d=4, **extra):
    return f"a={a} b={b} rest={rest} c={c} d={d} extra={extra}"


print(mixed(1, c=3))
print(mixed(1, 5, 6, 7, c=3))
print(mixed(1, 5, 6, c=3, d=8, z=9, y=10))
print(mixed(c=0, a=-1))

def kw_order(**kw):
    return list(kw)


print(kw_order(z=1, a=2, m=3))
print(kw_order(**{"b": 1, "a": 2}, c=3))
print(kw_order(x=1, **{"w": 2}, v=3))

def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s

print(total(), total(1), total(1, 2, 3, 4, 5))
print(total(*range(10)))


def forward(*args, **kwargs):
    return mixed(*args, **kwargs)


print(forward(10, 20, 30, c="C", q="Q"))

args_mut = collect(1, 2)[1]
try:
    args_mut[0] = 5
except TypeError as e:
    print(type(e).__name__, e)

kwargs_obj = collect(k=1)[3]
kwargs_obj["new"] = 2
print(kwargs_obj)

f = collect.__code__.co_flags
print(bool(f & 0x04), bool(f & 0x08))
print(collect.__code__.co_argcount, collect.__code__.co_varnames)
print(mixed.__code__.co_varnames, mixed.__code__.co_argcount, mixed.__code__.co_kwonlyargcount)

# A dict passed via ** is copied, not aliased.
src = {"p": 1}
def modify(**kw):
    kw["p"] = 100
    return kw
print(modify(**src), src)
