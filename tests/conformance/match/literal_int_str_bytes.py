# Literal patterns with ints, strings and bytes; equality semantics (1 == 1.0 == True), no cross-type str/bytes match.


def describe(value):
    match value:
        case 0:
            return "zero"
        case 1:
            return "one"
        case 42:
            return "the answer"
        case "":
            return "empty string"
        case "hello":
            return "greeting"
        case "a" "b":
            return "implicitly concatenated 'ab'"
        case b"raw":
            return "bytes raw"
        case b"":
            return "empty bytes"
        case 0x10:
            return "sixteen (hex literal)"
        case 1_000:
            return "thousand (underscore literal)"
        case 0o17:
            return "fifteen (octal)"
        case 0b101:
            return "five (binary)"
        case _:
            return "other"


samples = [0, 1, 42, "", "hello", "ab", b"raw", b"", 16, 1000, 15, 5,
           1.0, 0.0, 42.0, True, False, "0", "1", b"hello", "raw", bytearray(b"raw"), 7, "HELLO"]
for s in samples:
    print(f"{s!r:>22} -> {describe(s)}")

# String patterns are compared with ==, so str subclasses match too.
class Tag(str):
    pass

match Tag("hello"):
    case "hello":
        print("str subclass matched literal")

# Escapes and raw strings in literal patterns
for text in ["a\tb", "a\\tb", "line\n", "caf\u00e9", "café"]:
    match text:
        case "a\tb":
            print(repr(text), "-> tab escape")
        case r"a\tb":
            print(repr(text), "-> raw string")
        case "line\n":
            print(repr(text), "-> newline")
        case "café":
            print(repr(text), "-> accented")

# Large ints
for n in [2**64, 2**64 + 1, -(2**64)]:
    match n:
        case 18446744073709551616:
            print(n, "is 2**64")
        case -18446744073709551616:
            print(n, "is -(2**64)")
        case _:
            print(n, "no literal")

# f-strings are not allowed as patterns
try:
    compile("match x:\n    case f'{y}':\n        pass\n", "<test>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
