# assert with and without messages; the message is evaluated lazily.
calls = []


def msg(text):
    calls.append(text)
    return text


def check(cond, label):
    try:
        assert cond
        print(label, "passed")
    except AssertionError as e:
        print(label, "failed, args =", e.args)


check(True, "True")
check(1, "one")
check([0], "non-empty list")
check(0, "zero")
check("", "empty string")
check(None, "None")

for value in [5, -1]:
    try:
        assert value > 0, msg("value must be positive, got %d" % value)
        print("ok", value)
    except AssertionError as e:
        print("AssertionError:", e, "| args:", e.args)
print("message evaluated", len(calls), "time(s):", calls)

# Non-string messages are kept as is.
try:
    assert False, {"code": 3}
except AssertionError as e:
    print(repr(e.args[0]), type(e.args[0]).__name__)

try:
    assert 1 == 2, ("tuple", "message")
except AssertionError as e:
    print(e.args)

# An exception inside the condition is not an AssertionError.
try:
    assert 1 / 0
except ZeroDivisionError as e:
    print("condition raised:", e)

# An exception inside the message replaces the assertion.
try:
    assert False, [][1]
except IndexError as e:
    print("message raised:", e)


# Assertions inside functions and loops.
def mean(values):
    assert values, "empty input"
    assert all([isinstance(v, (int, float)) for v in values]), "non-numeric"
    return sum(values) / len(values)


for data in [[1, 2, 3], [], [1, "x"]]:
    try:
        print(mean(data))
    except AssertionError as e:
        print("mean failed:", e)

# AssertionError is a subclass of Exception and can be raised directly.
try:
    raise AssertionError("manual", 2)
except Exception as e:
    print(type(e).__name__, e.args, isinstance(e, AssertionError))

# __debug__ is True when not optimized.
print("__debug__ =", __debug__)
