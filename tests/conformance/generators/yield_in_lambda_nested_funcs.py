# Checks yield inside lambdas and inside nested (non-comprehension) functions.
import inspect

gen_lambda = lambda: (yield)
print("lambda is generator function:", inspect.isgeneratorfunction(gen_lambda))
g = gen_lambda()
print("name:", g.__name__)
print("first next:", next(g))
try:
    g.send("value")
except StopIteration as exc:
    print("lambda returned:", exc.value)

twice = lambda x: ((yield x), (yield x * 2))
g = twice(5)
print(next(g))
print(g.send("a"))
try:
    g.send("b")
except StopIteration as exc:
    print("twice result tuple:", exc.value)

print("list comprehension inside lambda without yield inside:", inspect.isgeneratorfunction(lambda: [i for i in range(2)]))

yf = lambda seq: (yield from seq)
print(list(yf("xyz")))

print("-- nested function generators")


def factory(scale):
    def produce(n):
        for i in range(n):
            yield i * scale

    def consume(gen):
        return [v + 1 for v in gen]

    return produce, consume


produce, consume = factory(3)
print(consume(produce(4)))


def outer():
    def inner_plain():
        return "plain"

    def inner_gen():
        yield inner_plain()
        yield "gen"

    print("  outer is generator function:", inspect.isgeneratorfunction(outer))
    print("  inner_gen is generator function:", inspect.isgeneratorfunction(inner_gen))
    return list(inner_gen())


print(outer())


def deco(func):
    def wrapper(*args):
        print("  wrapper called for", func.__name__)
        for item in func(*args):
            yield "<%s>" % item
    return wrapper


@deco
def letters(word):
    yield from word


print(list(letters("hi")))
print("decorated is generator function:", inspect.isgeneratorfunction(letters))


def make_closure_gens():
    shared = []

    def writer():
        while True:
            item = yield
            shared.append(item)

    def reader():
        yield from shared

    return writer(), reader


w, reader = make_closure_gens()
next(w)
w.send(1)
w.send(2)
print(list(reader()))
w.send(3)
print(list(reader()))

print("-- lambda generator sum")
counter = lambda n: (yield from range(n))
print(sum(counter(5)))
mapping = {"gen": lambda: (yield "mapped")}
print(list(mapping["gen"]()))
print(list(map(lambda x: x, (lambda: (yield 7))())))
