# functools.singledispatch: dispatch on the first argument's type.
from functools import singledispatch


@singledispatch
def describe(obj):
    return f"object of type {type(obj).__name__}"


@describe.register
def _(obj: int):
    return f"int {obj}"


@describe.register(list)
def _(obj):
    return "list of " + ", ".join([describe(x) for x in obj])


@describe.register(str)
@describe.register(bytes)
def _(obj):
    return f"text {obj!r}"


def describe_dict(obj):
    return f"dict with {len(obj)} keys"


describe.register(dict, describe_dict)


class Animal:
    pass


class Dog(Animal):
    pass


@describe.register
def _(obj: Animal):
    return f"animal {type(obj).__name__}"


print(describe(3))
print(describe(True))
print(describe(2.5))
print(describe("hi"), describe(b"raw"))
print(describe([1, "a", [2.0]]))
print(describe({"a": 1, "b": 2}))
print(describe(Dog()), describe(Animal()))
print(describe(None))
print(describe.dispatch(bool).__name__, describe.dispatch(float).__name__)
print(describe.dispatch(dict) is describe_dict)
print(sorted([t.__name__ for t in describe.registry]))
try:
    describe()
except TypeError as e:
    print(type(e).__name__, e)
