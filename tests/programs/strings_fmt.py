# str methods, slicing, f-strings with specs and conversions.
s = "Hello, World"
print(s.lower(), s.upper(), s.split(", "), s[::-1], s[7:], s[-5:-1], len(s))
print(s.replace("l", "L", 2), s.find("World"), s.count("l"), s.startswith("He"), "-".join("abc"))
name, value = "pi", 3.14159
print(f"{name}={value:.2f}", f"{value!r}", f"{name!s:>6}|", f"{name!a}", f"{42:08b}", f"{1234567:,}")
print(f"{value=}", f"{'nested'}", f"{{braces}}", f"{[1, 2][0]}", f"{name.upper()}")
width = 10
print(f"{name:^{width}}|", format(255, "x"), "{} and {}".format(1, 2), "%5.1f%%" % 99.5)
print(repr("quote'\"s"), ascii("caf\u00e9"), "tab\there", "\u00e9\u4e2d\U0001F600")
print("  strip  ".strip(), "a,b,,c".split(","), "x".center(5, "*"), "abc".zfill(6))
print(str(12) + str(3.5) + str(None) + str(True), int("ff", 16), hex(255), oct(8), bin(5), chr(65), ord("a"))
text = """multi
line"""
print(text.splitlines(), "é".encode("utf-8"), b"bytes".decode(), bytes([65, 66]))
