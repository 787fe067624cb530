# Functions as values: rebinding, identity, containers, comparisons.

def greet():
    return "hello"


alias = greet
print(alias(), alias is greet, alias.__name__)


def greet():
    return "redefined"


print(greet(), alias(), alias is greet)

ops = {"sq": lambda x: x * x, "neg": lambda x: -x, "str": str}
print(sorted(ops), [ops[k](3) for k in sorted(ops)])
funcs = [len, abs, str.upper]
print([f("hey") if f is not abs else f(-3) for f in funcs])
print(greet == greet, greet != alias)
try:
    greet < alias
except TypeError as e:
    print(type(e).__name__, e)

registry = {}
registry[greet] = "current"
registry[alias] = "old"
print(registry[greet], registry[alias], len(registry))
print(len({greet, greet, alias}))


def apply_all(fns, value):
    return [fn(value) for fn in fns]


print(apply_all([str, float, bool, lambda v: v + 1], 0))


def make():
    def f():
        return 1
    return f


print(make().__name__ == make().__name__, make() == make())

print(type(greet).__name__, type(len).__name__, type(str.upper).__name__)
print(type("a".upper).__name__, type(make()).__name__)


def deleted():
    return 1


del deleted
try:
    deleted()
except NameError as e:
    print(type(e).__name__, e)


def outer():
    def helper():
        return "helper"
    del helper
    try:
        return helper()
    except NameError as e:
        return f"{type(e).__name__}: {e}"


print(outer())

print(bool(greet), greet.__class__.__name__, isinstance(greet, object))
print(str(greet.__name__) + "!", getattr(greet, "__name__"), hasattr(greet, "__call__"))
print(greet.__call__())
