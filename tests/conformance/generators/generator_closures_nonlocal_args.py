# Checks generators using closures, nonlocal, default arguments, *args and **kwargs.


def make_counter_gen():
    produced = 0

    def gen(limit):
        nonlocal produced
        for i in range(limit):
            produced += 1
            yield i

    def count():
        return produced

    return gen, count


gen, count = make_counter_gen()
a = gen(3)
b = gen(2)
print(next(a), next(b), next(a), "count:", count())
print(list(a), list(b), "count:", count())


def with_defaults(start=0, step=1, *, stop=5):
    value = start
    while value < stop:
        yield value
        value += step


print(list(with_defaults()))
print(list(with_defaults(1, 2)))
print(list(with_defaults(stop=3)))
print(list(with_defaults(step=3, stop=10, start=-2)))


def mutable_default(item, bucket=[]):
    bucket.append(item)
    yield from bucket


print(list(mutable_default("a")))
print(list(mutable_default("b")))
print(list(mutable_default("c", [])))


def star_args(*args, **kwargs):
    yield "args=%r" % (args,)
    for key in sorted(kwargs):
        yield "%s=%r" % (key, kwargs[key])
    yield len(args) + len(kwargs)


print(list(star_args()))
print(list(star_args(1, 2, z=3, a=4)))
params = {"m": [1], "n": None}
print(list(star_args(*"xy", **params)))


def outer(prefix):
    suffixes = []

    def add(s):
        suffixes.append(s)

    def produce():
        for s in suffixes:
            yield prefix + s

    return add, produce


add, produce = outer("pre-")
add("a")
p = produce()
add("b")
print(list(p))


def state_machine():
    state = "idle"

    def transition(new):
        nonlocal state
        old, state = state, new
        return old

    def watcher():
        while True:
            cmd = yield state
            if cmd is None:
                return
            print("  transition from", transition(cmd))

    return watcher()


w = state_machine()
print(next(w))
print(w.send("running"))
print(w.send("stopped"))
w.close()


def positional_only(a, b, /, c=3):
    yield a
    yield b
    yield c


print(list(positional_only(1, 2)), list(positional_only(1, 2, c=9)))
try:
    positional_only(a=1, b=2)
except TypeError as exc:
    print("TypeError at call (not at iteration):", exc)
