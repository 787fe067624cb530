import itertools
import functools
import operator
print(list(itertools.chain([1, 2], "ab")), list(itertools.islice(itertools.count(10, 5), 4)))
print(list(itertools.permutations("abc", 2)), list(itertools.combinations(range(4), 3)))
print(list(itertools.product([0, 1], repeat=2)), list(itertools.accumulate([1, 2, 3, 4])))
print(list(map(lambda kg: (kg[0], len(list(kg[1]))), itertools.groupby("aaabbc"))))
print(list(itertools.zip_longest("ab", "xyz", fillvalue="-")), list(itertools.repeat(7, 3)))
print(functools.reduce(operator.mul, range(1, 8)), functools.reduce(lambda a, b: a + b, "xyz"))
double = functools.partial(operator.mul, 2)
print(double(21), list(map(double, [1, 2])))
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().hits > 0)
print(sorted(["bb", "a", "ccc"], key=len), sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
print(operator.itemgetter(1)([5, 6]), operator.attrgetter("real")(3))
