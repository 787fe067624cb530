# Iteration through the old __getitem__ protocol and through __iter__/__next__ classes.


class Squares:
    def __init__(self, limit):
        self.limit = limit
        self.calls = 0

    def __getitem__(self, i):
        self.calls += 1
        if i >= self.limit:
            raise IndexError(i)
        return i * i


sq = Squares(5)
print(list(sq), sq.calls)
print([x + 1 for x in Squares(3)], 9 in Squares(4), 10 in Squares(4))
it = iter(Squares(2))
print(type(it).__name__, next(it), next(it), next(it, "done"))
a, b, c = Squares(3)
print(a, b, c)
print(sum(Squares(4)), max(Squares(4)), sorted(Squares(4), reverse=True))


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


cd = Countdown(3)
print(list(cd), list(cd))


class Team:
    def __init__(self, *members):
        self.members = list(members)

    def __iter__(self):
        return iter(self.members)


t = Team("ann", "bob", "cid")
print(list(t), list(enumerate(t)), dict(zip(t, range(3))))
print([m.upper() for m in t], "bob" in t, list(map(len, t)))
i1, i2 = iter(t), iter(t)
print(next(i1), next(i1), next(i2))


class KeyedByString:
    def __getitem__(self, key):
        return key * 2


try:
    for x in KeyedByString():
        print(x)
        break
except TypeError as e:
    print(type(e).__name__, e)


class NotIterable:
    pass


try:
    iter(NotIterable())
except TypeError as e:
    print(type(e).__name__, e)


class BadIter:
    def __iter__(self):
        return 5


try:
    list(BadIter())
except TypeError as e:
    print(type(e).__name__, e)


class Blocked(Team):
    __iter__ = None


try:
    iter(Blocked("x"))
except TypeError as e:
    print(type(e).__name__, e)


class Sentinel:
    def __init__(self):
        self.n = 0

    def __call__(self):
        self.n += 1
        return self.n


print(list(iter(Sentinel(), 4)))
