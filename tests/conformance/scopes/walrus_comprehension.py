# Assignment expressions inside comprehensions bind in the enclosing scope.

data = [3, 8, 1, 9, 4]
big = [last := v for v in data if v > 2]
print(big, last)

running = 0
sums = [running := running + v for v in data]
print(sums, running)

if any([(found := v) > 8 for v in data]):
    print("found", found)


def in_function(values):
    seen = [(m := v * 2) for v in values]
    return seen, m


print(in_function([1, 2, 3]))


def filter_with_walrus(words):
    kept = [y for w in words if (y := w.strip().lower())]
    return kept, y


print(filter_with_walrus(["  A ", " ", "Bc", ""]))


def nested_function_walrus():
    total = 0

    def add_all(vals):
        nonlocal total
        return [total := total + v for v in vals]

    first = add_all([1, 2])
    second = add_all([10])
    return first, second, total


print(nested_function_walrus())


def walrus_in_dict_comp():
    counts = {k: (c := len(k)) for k in ["aa", "bbb", "c"]}
    return counts, c


print(walrus_in_dict_comp())


def walrus_in_set_comp():
    s = {(z := v % 3) for v in range(7)}
    return sorted(s), z


print(walrus_in_set_comp())


def walrus_nested_comprehension():
    grid = [[(cell := r * c) for c in range(3)] for r in range(3)]
    return grid, cell


print(walrus_nested_comprehension())


def walrus_not_leaking_iteration_var():
    out = [(t := i) for i in range(3)]
    try:
        i
    except NameError as e:
        return out, t, type(e).__name__
    return out, t, "i leaked"


print(walrus_not_leaking_iteration_var())


def walrus_empty():
    res = [(w := v) for v in []]
    try:
        return res, w
    except UnboundLocalError as e:
        return res, f"{type(e).__name__}: {e}"


print(walrus_empty())

chunks = []
text = "abcdefgh"
pos = 0
while (piece := text[pos:pos + 3]):
    chunks.append(piece)
    pos += 3
print(chunks, repr(piece))
print([(n, sq) for n in range(5) if (sq := n * n) % 2 == 0], sq)
