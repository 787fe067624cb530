# Checks `yield from` over lists, strings, ranges, dicts, custom iterators, and send() to them.


def flatten_all():
    yield from [1, 2]
    yield from (3, 4)
    yield from "ab"
    yield from range(5, 7)
    yield from {"k1": 1, "k2": 2}
    yield from b"\x01\x02"
    yield from iter([None])
    yield from []


print(list(flatten_all()))


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        print("  Countdown.__iter__ called")
        return self

    def __next__(self):
        if self.current <= 0:
            print("  Countdown exhausted")
            raise StopIteration("countdown-result")
        self.current -= 1
        return self.current + 1


def over_countdown():
    result = yield from Countdown(3)
    print("  result of yield from custom iterator:", repr(result))


print(list(over_countdown()))


class Sequence:
    def __getitem__(self, index):
        if index >= 3:
            raise IndexError(index)
        return index * 11


def over_getitem():
    yield from Sequence()


print("old-style sequence:", list(over_getitem()))

print("-- send None to plain iterator works like next")


def delegating():
    yield from [7, 8, 9]


d = delegating()
print(next(d), d.send(None), d.send(None))

print("-- send non-None to plain iterator fails")
d = delegating()
next(d)
try:
    d.send("value")
except AttributeError as exc:
    print("AttributeError:", exc)

print("-- throw into plain iterator propagates")
d = delegating()
next(d)
try:
    d.throw(ValueError("into list iterator"))
except ValueError as exc:
    print("ValueError:", exc)
print("after throw:", next(d, "exhausted"))

print("-- yield from a non-iterable")


def bad():
    yield from 5


try:
    list(bad())
except TypeError as exc:
    print("TypeError:", exc)

print("-- yield from generator expression")


def from_genexp(n):
    yield from (i * i for i in range(n))
    yield "end"


print(list(from_genexp(4)))

print("-- interleave by mixing sources")


def mix(a, b):
    ia, ib = iter(a), iter(b)
    while True:
        try:
            yield next(ia)
        except StopIteration:
            yield from ib
            return
        try:
            yield next(ib)
        except StopIteration:
            yield from ia
            return


print(list(mix([1, 2, 3, 4], "xy")))
print(list(mix("p", range(10, 14))))
