# Checks basic generator functions using yield as a statement, iteration order and laziness.


def count_up(n):
    print("  count_up: start")
    i = 0
    while i < n:
        print("  count_up: about to yield", i)
        yield i
        print("  count_up: resumed after", i)
        i += 1
    print("  count_up: done")


def empty_gen():
    return
    yield  # makes this a generator function


def only_side_effects():
    print("  body runs only when iterated")
    yield "x"


print("creating generator")
g = count_up(3)
print("created; nothing printed yet")
print("type name:", type(g).__name__)
for value in g:
    print("loop got", value)

print("second pass over exhausted generator:", list(g))

print("empty:", list(empty_gen()))

h = only_side_effects()
print("before next")
print("next ->", next(h))
print("next with default ->", next(h, "DEFAULT"))
print("again ->", next(h, "DEFAULT"))


def squares_and_labels(items):
    for index, item in enumerate(items):
        yield index
        yield item * item
        yield "label-%s" % item


print(list(squares_and_labels([2, 5, 7])))


def multiple_returns(flag):
    yield 1
    if flag:
        return
    yield 2
    yield 3


print("flag True:", list(multiple_returns(True)))
print("flag False:", list(multiple_returns(False)))


def yields_none():
    yield
    yield
    yield None


print("bare yields:", list(yields_none()))

# Generators are their own iterators
g2 = count_up(1)
print("iter(g2) is g2:", iter(g2) is g2)
print("hasattr __next__:", hasattr(g2, "__next__"))
print("next:", next(g2))
try:
    next(g2)
except StopIteration as exc:
    print("StopIteration args:", exc.args, "value:", exc.value)
