# match statements inside generators: yielding from cases, send()-driven protocols, generator expressions feeding match.


def parse_events(lines):
    for line in lines:
        match line.split():
            case ["set", key, value]:
                yield ("set", key, value)
            case ["del", key]:
                yield ("del", key)
            case ["batch", *keys] if keys:
                for k in keys:
                    yield ("touch", k)
            case []:
                continue
            case ["quit"]:
                return
            case other:
                yield ("error", " ".join(other))


lines = ["set a 1", "", "del b", "batch x y z", "batch", "nonsense here", "quit", "set never 0"]
for event in parse_events(lines):
    print(event)


def accumulator():
    total = 0
    history = []
    while True:
        msg = yield total
        match msg:
            case ("add", int(n)):
                total += n
            case ("sub", int(n)):
                total -= n
            case ("reset",):
                history.append(total)
                total = 0
            case "history":
                print("  history:", history)
            case None:
                pass
            case _:
                print("  ignored message", repr(msg))


acc = accumulator()
print("primed:", next(acc))
for m in [("add", 5), ("add", 10), ("sub", 3), ("mul", 2), ("reset",), ("add", 1), "history", None]:
    print(f"send {m!r:<12} -> {acc.send(m)}")
acc.close()


def matcher_gen(items):
    for item in items:
        match item:
            case {"ok": True, "value": v}:
                yield v
            case {"ok": False, "error": err}:
                yield f"<error: {err}>"


responses = [{"ok": True, "value": 1}, {"ok": False, "error": "boom"}, {"ok": None}, {"ok": True, "value": [2]}]
print(list(matcher_gen(responses)))

# match over values produced lazily by a generator expression
squares = (n * n for n in range(6))
for sq in squares:
    match sq:
        case 0 | 1:
            print(sq, "trivial")
        case s if s % 2 == 0:
            print(sq, "even square")
        case _:
            print(sq, "odd square")


# match on next() results with a sentinel
def tail(gen):
    last = None
    while True:
        match next(gen, StopIteration):
            case type() as t if t is StopIteration:
                return last
            case value:
                last = value


print("tail:", tail(iter(["p", "q", "r"])))
print("tail of empty:", tail(iter([])))
