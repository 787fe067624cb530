# Defaults are evaluated once, at definition time.

def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket


def append_safe(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket


print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
print(append_to.__defaults__)

print(append_safe(1))
print(append_safe(2))
print(append_safe.__defaults__)

counter = 0


def next_id():
    global counter
    counter += 1
    return counter


def make_record(name, ident=next_id()):
    return (name, ident)


print(make_record("a"), make_record("b"), counter)
print(make_record("c", next_id()), counter)


def memo_fib(n, _cache={0: 0, 1: 1}):
    if n not in _cache:
        _cache[n] = memo_fib(n - 1) + memo_fib(n - 2)
    return _cache[n]


print(memo_fib(30))
print(len(memo_fib.__defaults__[0]))

# Defaults bound to values of a loop variable at definition time.
funcs = []
for i in range(4):
    def show(x=i):
        return x * x
    funcs.append(show)
print([f() for f in funcs])

# Replacing __defaults__ on the fly.
def scale(x, factor=2):
    return x * factor


print(scale(5))
scale.__defaults__ = (10,)
print(scale(5))
scale.__defaults__ = None
try:
    scale(5)
except TypeError as e:
    print(type(e).__name__, e)

d = {}
def setdef(k, v, store=d):
    store[k] = v
    return store is d
print(setdef("x", 1), setdef("y", 2), sorted(d.items()))
