# Checks warnings.warn with stacklevel 1/2/3 captured by catch_warnings(record=True): category, message, lineno.
import os
import warnings


def describe(w):
    return "%s | %s | line %d | %s" % (
        w.category.__name__, w.message, w.lineno, os.path.basename(w.filename))


def old_api(x):
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return x * 2


def inner_warn():
    warnings.warn("warned at level 1")


def deep_helper():
    warnings.warn("level three", UserWarning, stacklevel=3)


def middle_layer():
    deep_helper()


def caller_of_middle():
    middle_layer()


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print("result:", old_api(21))
    inner_warn()
    caller_of_middle()
    warnings.warn("module level", RuntimeWarning)
    warnings.warn(FutureWarning("instance as message"))

print("captured", len(caught))
for w in caught:
    print(" ", describe(w))

print("-- message object is the exception instance")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("text", SyntaxWarning)
w = caught[0]
print(type(w.message).__name__, w.message.args, isinstance(w.message, Warning))

print("-- the 'default' filter deduplicates by location")


def repeated():
    for _ in range(3):
        warnings.warn("same spot", UserWarning)


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")
    repeated()
    repeated()
print("default filter count:", len(caught))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    repeated()
print("always filter count:", len(caught))

print("-- ignore and error actions")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("ignore")
    warnings.warn("ignored")
print("ignored count:", len(caught))

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        old_api(1)
    except DeprecationWarning as exc:
        print("raised as exception:", type(exc).__name__, exc)

print("-- filterwarnings by message regex and category")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="noisy")
    warnings.filterwarnings("ignore", category=ResourceWarning)
    warnings.warn("noisy thing")
    warnings.warn("quiet thing")
    warnings.warn("resource", ResourceWarning)
print([str(w.message) for w in caught])

print("-- bad category")
try:
    warnings.warn("x", category=int)
except TypeError as exc:
    print("TypeError:", exc)

print("-- stacklevel larger than the stack")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("too deep", stacklevel=50)
print(caught[0].category.__name__, caught[0].message, caught[0].lineno, caught[0].filename)
