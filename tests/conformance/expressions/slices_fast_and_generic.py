# Slices: lists, tuples and strs read, and lists assigned, directly for small int or
# absent parts; everything else through a slice object, with identical results.
import sys

values = [None, 0, 1, 2, 3, 5, 7, 100, -1, -2, -5, -100, 2**40, -2**40, 2**30, -2**30, True, False]
seqs = [list(range(6)), tuple(range(6)), "abcdef", "", [], (), "héllo wörld", "日本語テキスト", "a\U0001f600b"]
for s in seqs:
    out = []
    for lo in values:
        for hi in values:
            out.append(s[lo:hi])
    print(type(s).__name__, len(out), repr(out[:8]), hash(tuple(map(repr, out))) == hash(tuple(map(repr, out))))
    print(s[:], s[1:], s[:-1], s[-3:], s[2:4], s[4:2], s[-100:100])

steps = [None, 1, 2, 3, -1, -2, -3, 7, -7, 2**40, -2**40]
for s in [list(range(7)), tuple(range(7)), "abcdefg", [], ()]:
    out = []
    for lo in values[:12]:
        for hi in values[:12]:
            for st in steps:
                out.append(s[lo:hi:st])
    print(type(s).__name__, len(out), out[:5], out[-5:], sum(len(x) for x in out))
    print(s[::-1], s[::2], s[1::3], s[5:1:-2], s[-1:-8:-1], s[::-100])
t = (1, 2, 3)
print(t[::1] is t, t[0:3:1] is t, t[::-1])
for bad in [0, 1.0, "x"]:
    try:
        [1, 2, 3][::bad]
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for lo in values[:12]:
    for hi in values[:12]:
        target = list(range(6))
        target[lo:hi] = ["a", "b"]
        also = list(range(6))
        also[lo:hi] = (x for x in "xyz")
        print(lo, hi, target, also)
selfish = [1, 2, 3]
selfish[1:] = selfish
print(selfish)
shrink = list(range(10))
shrink[2:8] = []
print(shrink)
shrink[:] = "ab"
print(shrink)
for bad_value in [5, None]:
    try:
        shrink[0:1] = bad_value
    except TypeError as e:
        print("TypeError", e)
b = bytearray(b"hello")
b[1:3] = b"EL"
print(b)


class Store:
    def __setitem__(self, k, v):
        print("setitem", k, v)


Store()[1:2] = "v"
Store()[::2] = "w"
try:
    (1, 2)[0:1] = [5]
except TypeError as e:
    print("TypeError", e)
t = (1, 2, 3)
print(t[:] is t, t[0:3] is t, t[0:] is t)
s = "xyz"
print(s[:] is s, s[0:3] is s)
l = [1, 2]
print(l[:] is l, l[:] == l)


class Index:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print([10, 20, 30, 40][Index(1):Index(3)], "abcd"[Index(-2):])


class MyList(list):
    def __getitem__(self, k):
        return ("MyList", k)


print(MyList([1, 2, 3])[1:2])


class Sliceable:
    def __getitem__(self, k):
        return (k.start, k.stop, k.step)


print(Sliceable()[1:2], Sliceable()[:], Sliceable()["a":"b"], Sliceable()[1:2:3])
print(bytes(b"hello")[1:3], bytearray(b"hello")[-2:], memoryview(b"abc")[1:].tobytes(), range(10)[2:5])
for bad in [(5, 1.5), ("a", None)]:
    try:
        [1, 2, 3][bad[0]:bad[1]]
    except TypeError as e:
        print("TypeError", e)
try:
    (1)[1:2]
except TypeError as e:
    print("TypeError", e)
try:
    None[:]
except TypeError as e:
    print("TypeError", e)
big = list(range(100))
print(big[sys.maxsize:], big[-sys.maxsize:3], big[3:-97], big[90:][-2:])
order = []


def tag(v):
    order.append(v)
    return v


tag([1, 2, 3, 4])[tag(1):tag(3)]
print(order)


def uncaught(x):
    return x[1:2]


uncaught(42)
