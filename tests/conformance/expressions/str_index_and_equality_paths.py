# Indexing strs and comparing strs for equality: one-character and identical strs are
# answered inline, everything else by the types' own code, with the same results.
words = ["", "a", "b", "ab", "é", "€", "\U0001f600", "a\U0001f600", "Zürich", "日本", "x" * 40]
for w in words:
    print(repr(w), [w[i] for i in range(len(w))], [w[-i] for i in range(1, len(w) + 1)])
for w in words:
    for bad in [len(w), len(w) + 5, 2**20, -len(w) - 1]:
        try:
            w[bad]
        except IndexError as e:
            print("IndexError", e)
print("abc"[True], "abc"[False])
try:
    "abc"["x"]
except TypeError as e:
    print("TypeError", e)
try:
    "abc"[1.0]
except TypeError as e:
    print("TypeError", e)
chars = ["a", "b", "é", "€", "\U0001f600", "ab", "", S := "a"]
print([[x == y for y in chars] for x in chars])
print([[x != y for y in chars] for x in chars])
print(sum(1 for x in "hello world" if x == "o"), sum(1 for x in "日本日本" if x != "日"))


class MyStr(str):
    def __eq__(self, other):
        return "custom"

    __hash__ = str.__hash__


m = MyStr("a")
if m == "a":
    print("subclass eq truthy")
if "a" == m:
    print("reflected subclass eq truthy")
print(("a" == m), ("a" != m))
s1 = "".join(["a", "b"])
s2 = "ab"
print(s1 == s2, s1 is s2, s1 != s2)
print("a" == 1, 1 == "a", "1" != 1, None == "", "" == None)
count = 0
for c in "pystone dhrystone":
    if c == "y":
        count += 1
    if c != "s":
        count += 10
print(count)
