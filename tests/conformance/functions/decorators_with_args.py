# Decorators that take arguments, and decorator factories with state.

def repeat(times, sep=" "):
    def deco(fn):
        def wrapper(*args, **kwargs):
            return sep.join([fn(*args, **kwargs) for _ in range(times)])
        wrapper.times = times
        return wrapper
    return deco


@repeat(3)
def word(w):
    return w


@repeat(times=2, sep="|")
def pair(a, b):
    return f"{a}{b}"


print(word("ha"))
print(pair("x", "y"))
print(word.times, pair.times)


def validate(**types):
    def deco(fn):
        def wrapper(**kwargs):
            for key, t in types.items():
                if not isinstance(kwargs.get(key), t):
                    raise TypeError(f"{key} must be {t.__name__}")
            return fn(**kwargs)
        return wrapper
    return deco


@validate(name=str, age=int)
def person(name, age):
    return f"{name} ({age})"


print(person(name="Ada", age=36))
try:
    person(name="Bob", age="old")
except TypeError as e:
    print(type(e).__name__, e)


def count_calls(start=0):
    def deco(fn):
        calls = start

        def wrapper(*a):
            nonlocal calls
            calls += 1
            return fn(*a), calls
        return wrapper
    return deco


@count_calls()
def one():
    return 1


@count_calls(start=100)
def two():
    return 2


print(one(), one(), two(), one(), two())


def prefix(p):
    return lambda fn: lambda *a: p + fn(*a)


@prefix("[")
@prefix("(")
def core(s):
    return s


print(core("x"))


def retry(limit):
    def deco(fn):
        def wrapper(*a):
            last = None
            for attempt in range(1, limit + 1):
                try:
                    return fn(attempt, *a)
                except ValueError as e:
                    last = e
                    print("attempt", attempt, "failed:", e)
            raise RuntimeError(f"gave up after {limit}") from last
        return wrapper
    return deco


@retry(3)
def flaky(attempt, need):
    if attempt < need:
        raise ValueError(f"need {need}, got {attempt}")
    return f"ok on {attempt}"


print(flaky(2))
try:
    flaky(5)
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", e.__cause__)
