# Ends with an uncaught RuntimeError (PEP 479) caused by next() on an exhausted iterator in a generator.


def pairs(items):
    it = iter(items)
    while True:
        first = next(it, None)
        if first is None:
            return
        second = next(it)
        yield first, second


def labelled(items):
    for a, b in pairs(items):
        yield "%s=%s" % (a, b)


def build(items):
    out = []
    for entry in labelled(items):
        print("entry", entry)
        out.append(entry)
    return out


def safe_pairs(items):
    it = iter(items)
    for first in it:
        try:
            second = next(it)
        except StopIteration:
            print("  odd item left over:", first)
            return
        yield first, second


print(build(["a", 1, "b", 2]))
print(build([]))
print("safe version:", list(safe_pairs(["x", 9, "y", 8, "z"])))
try:
    list(pairs(["only"]))
except RuntimeError as exc:
    print("caught once:", exc, "| cause:", repr(exc.__cause__))
print("now without a handler")
print(build(["x", 9, "y", 8, "z"]))
print("unreachable")
