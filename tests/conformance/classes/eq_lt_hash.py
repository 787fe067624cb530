# __eq__, __ne__, ordering methods and __hash__ interplay with dicts, sets, sorting.


class Card:
    ranks = "23456789TJQKA"

    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    def __eq__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return self.rank == other.rank and self.suit == other.suit

    def __lt__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return Card.ranks.index(self.rank) < Card.ranks.index(other.rank)

    def __hash__(self):
        return hash((Card.ranks.index(self.rank), len(self.suit)))

    def __repr__(self):
        return self.rank + self.suit


a, b, c = Card("K", "h"), Card("K", "h"), Card("2", "s")
print(a == b, a != b, a is b, a == c, a != c)
print(c < a, a > c, a < c)
print(sorted([a, c, Card("T", "d"), Card("A", "c")]))
print(max([a, c, Card("T", "d")]), min([a, c]))
d = {a: "first"}
d[b] = "second"
print(len(d), d[Card("K", "h")])
print(len({a, b, c}))
print(a == "Kh", "Kh" == a, a != 5)

try:
    a <= c
except TypeError as e:
    print(type(e).__name__, e)


class NoHash:
    def __eq__(self, other):
        return True


print(NoHash.__hash__)
try:
    {NoHash(): 1}
except TypeError as e:
    print(type(e).__name__, e)
print(NoHash() == 3, NoHash() != 3)


class KeepsHash(NoHash):
    __hash__ = object.__hash__


print(KeepsHash.__hash__ is object.__hash__, len({KeepsHash(): 1}))


class Inherits(Card):
    pass


print(Inherits.__hash__ is Card.__hash__, Inherits("3", "h") == Card("3", "h"))


class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __le__(self, other):
        return self.parts <= other.parts

    def __hash__(self):
        return hash(self.parts)

    def __repr__(self):
        return "v" + ".".join([str(p) for p in self.parts])


vs = [Version(1, 10), Version(1, 2), Version(1, 2, 1), Version(0, 9)]
print(sorted(vs), sorted(vs, reverse=True))
print(Version(1, 2) >= Version(1, 1), Version(2) > Version(1, 9))
print(Version(1) in [Version(1)], vs.index(Version(1, 2)), vs.count(Version(1, 10)))


class Reflect:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        print("Reflect.__gt__ called")
        return self.v > other


print(3 < Reflect(5))
print([1, 2] == [1, 2], Card("A", "s") in [Card("A", "s")])
