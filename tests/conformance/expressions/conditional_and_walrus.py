# Conditional expressions and assignment expressions (:=) in if, while and comprehensions.

for n in [-5, 0, 5]:
    sign = "neg" if n < 0 else "zero" if n == 0 else "pos"
    print(n, sign, (n if n else "falsy"), ("even" if n % 2 == 0 else "odd"))

x = 1 if True else 1 / 0
y = 1 / 0 if False else 2
print(x, y)
print([("big" if i > 2 else "small") for i in range(5)])
f = lambda v: "yes" if v else "no"
print(f(1), f([]))

# Walrus in if.
data = [3, 8, 1, 9, 4]
if (m := max(data)) > 5:
    print("max is big:", m)
if (n := len(data)) and (s := sum(data)):
    print("mean:", s / n)

# Walrus in while.
items = ["a", "b", "c"]
while (item := items.pop() if items else None) is not None:
    print("popped", item)
print("item after loop:", item)

chunks = []
text = "abcdefghij"
pos = 0
while chunk := text[pos:pos + 3]:
    chunks.append(chunk)
    pos += 3
print(chunks, chunk == "")

# Walrus in comprehensions binds in the enclosing scope.
values = [1, 2, 3, 4, 5, 6]
squares = [sq for v in values if (sq := v * v) % 2 == 0]
print(squares, "last sq:", sq)
running = 0
totals = [running := running + v for v in values]
print(totals, running)
pairs = {k: (w := k * 10) for k in range(3)}
print(pairs, w)


def in_function():
    res = [z for z in range(10) if (last := z) > 6]
    return res, last


print(in_function())

# Walrus in a nested expression and function arguments.
print((a := 5) + (b := a * 2), a, b)
print(max(q := [4, 2, 7]), q)

# Walrus value equals the assigned value.
print((c := "walrus") == c, c)


def first_long(words):
    for w in words:
        if (length := len(w)) > 4:
            return w, length
    return None, length


print(first_long(["hi", "hello", "hey"]), first_long(["a", "bb"]))
