# Checks that `return x` in a generator surfaces as StopIteration.value and its edge cases.


def returns(value):
    yield "only"
    return value


for value in [5, None, (1, 2), [3], StopIteration("inner")]:
    g = returns(value)
    next(g)
    try:
        next(g)
    except StopIteration as exc:
        print("value:", repr(exc.value), "args:", repr(exc.args))


def returns_tuple():
    yield 1
    return 1, 2


g = returns_tuple()
next(g)
try:
    next(g)
except StopIteration as exc:
    print("tuple return value", exc.value, "args", exc.args)


def no_yield_reached(flag):
    if flag:
        return "early"
    yield "never"


g = no_yield_reached(True)
try:
    next(g)
except StopIteration as exc:
    print("early return:", exc.value)


def collect_results():
    results = []
    for n in (0, 1, 2):
        gen = returns(n * 10)
        items = []
        while True:
            try:
                items.append(next(gen))
            except StopIteration as stop:
                results.append((items, stop.value))
                break
    return results


print(collect_results())

# for loops discard the return value
total = []
for x in returns("discarded"):
    total.append(x)
print("for loop items:", total)
print("list():", list(returns("also discarded")))

# Manual StopIteration construction
s = StopIteration()
print("empty StopIteration value:", s.value)
s = StopIteration(1, 2)
print("two-arg StopIteration value:", s.value)


def returns_generator_state():
    state = {"count": 0}
    for _ in range(3):
        state["count"] += 1
        yield state["count"]
    return state


g = returns_generator_state()
print([next(g) for _ in range(3)])
try:
    next(g)
except StopIteration as exc:
    print("state returned:", exc.value)


class Wrapper:
    def __init__(self):
        self.got = None

    def run(self, gen):
        try:
            while True:
                print("  wrapper item", next(gen))
        except StopIteration as exc:
            self.got = exc.value
        return self


print("wrapper got:", Wrapper().run(returns({"k": "v"})).got)
