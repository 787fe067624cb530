# Functions taking and returning functions.
from functools import reduce
import operator


def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed


def curry2(fn):
    return lambda a: lambda b: fn(a, b)


def flip(fn):
    def flipped(a, b, *rest):
        return fn(b, a, *rest)
    return flipped


def twice(fn):
    return lambda x: fn(fn(x))


def pipeline(value, *steps):
    return reduce(lambda acc, step: step(acc), steps, value)


inc = lambda x: x + 1
double = lambda x: x * 2
neg = operator.neg

print(compose(inc, double)(5), compose(double, inc)(5), compose()(7))
print(compose(neg, inc, double, inc)(3))
print(curry2(operator.sub)(10)(3))
print(flip(operator.sub)(10, 3), flip(pow)(2, 5))
print(twice(twice(double))(1))
print(pipeline(3, inc, double, str, len))
print(reduce(operator.mul, range(1, 11)))
print(reduce(lambda a, b: a + [b * b], [1, 2, 3], []))
print(list(map(operator.add, [1, 2, 3], [10, 20, 30])))
print(list(map(pow, [2, 3, 4], [3, 2, 1])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(sorted(["bb", "a", "ccc"], key=len, reverse=True))
print(max(["apple", "fig", "banana"], key=len), min([3, -7, 5], key=abs))

getter = operator.itemgetter(1)
pairs = [(1, "b"), (2, "a"), (3, "c")]
print(sorted(pairs, key=getter))
print(operator.itemgetter(0, 2)("xyz"))
print(operator.attrgetter("real", "imag")(3 + 4j))
print(operator.methodcaller("replace", "a", "o")("banana"))


def apply_n(fn, n):
    def run(x):
        for _ in range(n):
            x = fn(x)
        return x
    return run


print([apply_n(double, k)(1) for k in range(6)])

def make_validators(*checks):
    def validate(v):
        return [name for name, check in checks if not check(v)]
    return validate


validate = make_validators(("positive", lambda v: v > 0), ("even", lambda v: v % 2 == 0),
                           ("small", lambda v: abs(v) < 100))
for v in (4, -3, 1000, 7):
    print(v, validate(v))
print(callable(validate), callable(validate(1)))
