# Ends with an uncaught ZeroDivisionError raised inside a generator expression driven by a generator.


def ratios(rows):
    for index, row in enumerate(rows):
        print("  computing ratios for row", index, row)
        yield list(share(x, row) for x in row)


def share(part, row):
    return round(part / sum(row), 3)


def normalized_lengths(words):
    longest = max(len(w) for w in words)
    return [round(len(w) / longest, 2) for w in words]


def summarize(rows):
    out = []
    for r in ratios(rows):
        out.append(r)
        print("ratio row:", r, "sums to", round(sum(r), 3))
    return out


print("warm-up with genexps that succeed")
print(normalized_lengths(["a", "abcd", "ab"]))
print(sum(x * x for x in range(4)), list(share(v, [1, 3]) for v in (1, 3)))
print("genexp error caught once:")
try:
    list(share(x, [0]) for x in [0])
except ZeroDivisionError as exc:
    print("  ZeroDivisionError:", exc)
print("a first set of rows")
print(len(summarize([[2, 2], [1, 9]])))

rows = [[1, 1, 2], [3, 1], [5], [0, 0], [7, 7]]
print("starting the set containing an all-zero row")
summary = summarize(rows)
print("unreachable", summary)
