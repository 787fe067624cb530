# Uncaught ValueError passing through decorator wrappers and closures.
import functools


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("enter", fn.__name__, args)
        result = fn(*args, **kwargs)
        print("leave", fn.__name__, result)
        return result
    return wrapper


def checked(limit):
    def deco(fn):
        def inner(n):
            if n > limit:
                raise ValueError(f"{n} exceeds limit {limit}")
            return fn(n)
        return inner
    return deco


@logged
@checked(100)
def square(n):
    return n * n


@logged
def sum_squares(values):
    total = 0
    for v in values:
        total += square(v)
    return total


print(sum_squares([1, 2, 3]))
print(square(10))
sum_squares([5, 50, 500])
