# Ends with an uncaught exception raised inside a guard expression while matching records.


def parse_ratio(record):
    match record:
        case {"num": int(n), "den": int(d)} if n / d > 1:
            return f"improper {n}/{d}"
        case {"num": int(n), "den": int(d)}:
            return f"proper {n}/{d}"
        case {"num": n}:
            return f"missing denominator for {n}"
        case _:
            return "not a ratio"


def report(records):
    lines = []
    for r in records:
        text = parse_ratio(r)
        print("  parsed:", text)
        lines.append(text)
    return lines


def summary(batches):
    total = 0
    for i, batch in enumerate(batches):
        print(f"batch {i}:")
        lines = report(batch)
        total += len(lines)
        print(f"batch {i} produced {len(lines)} lines")
    print("all batches done,", total, "lines")


batches = [
    [{"num": 3, "den": 2}, {"num": 1, "den": 4}, {"num": 9}, "junk"],
    [{"num": 8, "den": "2"}, {"den": 3}],
    [{"num": 5, "den": 5}, {"num": 7, "den": 0}, {"num": 2, "den": 1}],
]
summary(batches)
