# functools.lru_cache and cache.
import functools

calls = []


@functools.lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60))
print(len(calls))
print(fib.cache_info())
fib(60)
print(fib.cache_info().hits)
fib.cache_clear()
print(fib.cache_info())
print(fib.__name__, fib.__wrapped__.__name__)


@functools.lru_cache(maxsize=2)
def slow_square(x):
    calls.append(("sq", x))
    return x * x


calls.clear()
for v in [1, 2, 1, 3, 1, 2]:
    slow_square(v)
print(calls)
print(slow_square.cache_info())


@functools.lru_cache
def bare_decorated(a, b=1):
    calls.append(("bare", a, b))
    return a + b


calls.clear()
bare_decorated(1)
bare_decorated(1)
bare_decorated(1, 1)
bare_decorated(a=1)
bare_decorated(1, b=1)
print(len(calls), bare_decorated.cache_info().currsize)


@functools.cache
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)


print(grid_paths(16, 16))

try:
    fib([1])
except TypeError as e:
    print(type(e).__name__, e)


@functools.lru_cache(maxsize=8, typed=True)
def typed_fn(x):
    calls.append(("typed", type(x).__name__))
    return x


calls.clear()
typed_fn(1)
typed_fn(1.0)
typed_fn(1)
print(calls)
print(typed_fn.cache_parameters())


class Solver:
    def __init__(self, k):
        self.k = k

    @functools.lru_cache(maxsize=None)
    def solve(self, n):
        return self.k * n


s = Solver(3)
print(s.solve(4), s.solve(4), Solver.solve.cache_info().hits)
