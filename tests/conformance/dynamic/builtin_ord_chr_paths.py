# ord() and chr() answered at the call for one-character strs and small ints, beside
# everything that must reach the builtins: other types, bad lengths and ranges, rebinding.
import builtins

print([ord(c) for c in "aZ0 ~\x00\x7f\xe9\u20ac\U0001f600"])
print([chr(i) for i in (0, 65, 97, 127, 128, 255, 256, 0x20ac, 0xffff, 0x10000, 0x10ffff)])
print(ord(b"a"), ord(bytearray(b"z")), chr(True))


class S(str):
    pass


print(ord(S("q")))
for bad in ["", "ab", 5, None, b"ab"]:
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError", e)
for bad in [-1, 0x110000, 2**40, -2**40, 1.5, "a"]:
    try:
        chr(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)


class Idx:
    def __index__(self):
        return 66


print(chr(Idx()))
try:
    ord()
except TypeError as e:
    print("TypeError", e)
builtins.chr = lambda i: "patched %d" % i
print(chr(65))
del builtins.chr
try:
    chr(65)
except NameError as e:
    print("NameError", e)
print(ord("\ud800"), repr(chr(0xdc00)))
