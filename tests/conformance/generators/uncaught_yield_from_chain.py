# Ends with an uncaught ValueError raised three generator frames deep through a yield-from chain.


def parse_numbers(tokens):
    for token in tokens:
        print("  parsing", repr(token))
        yield int(token)


def doubled(tokens):
    total = yield from scaled(tokens, 2)
    print("  doubled total", total)
    return total


def scaled(tokens, factor):
    running = 0
    for number in parse_numbers(tokens):
        running += number * factor
        yield number * factor
    return running


def report(tokens):
    results = []
    for value in doubled(tokens):
        results.append(value)
        print("got", value, "so far", results)
    return results


def report_returned(tokens):
    gen = doubled(tokens)
    while True:
        try:
            next(gen)
        except StopIteration as stop:
            return stop.value


print(report(["1", "2", "3"]))
print("returned total:", report_returned(["4", "5"]))
print("second batch")
print(report(["10", "20", "x30", "40"]))
print("unreachable")
