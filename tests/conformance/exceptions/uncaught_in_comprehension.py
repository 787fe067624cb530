# Ends with an uncaught exception raised inside a list comprehension nested in functions.


def normalize(values):
    total = sum(values)
    return [round(v / total, 3) for v in values]


def report(groups):
    for name in sorted(groups):
        print(name, normalize(groups[name]))


report({"a": [1, 1, 2], "b": [5, 5]})
report({"c": [3], "d": [0, 0], "e": [1]})
