# functools.total_ordering filling in the missing comparison methods.
from functools import total_ordering


@total_ordering
class Student:
    def __init__(self, name, grade):
        self.name = name
        self.grade = grade

    def __eq__(self, other):
        if not isinstance(other, Student):
            return NotImplemented
        return self.grade == other.grade

    def __lt__(self, other):
        if not isinstance(other, Student):
            return NotImplemented
        return self.grade < other.grade

    def __repr__(self):
        return f"{self.name}:{self.grade}"


a, b, c = Student("ann", 90), Student("bob", 75), Student("cid", 90)
print(a > b, a >= c, b <= a, a <= c, b >= a, a == c, a != b)
print(sorted([a, b, c]), sorted([a, b, c], reverse=True))
print(sorted(["__lt__" in Student.__dict__, "__gt__" in Student.__dict__, "__le__" in Student.__dict__]))
print([name for name in ["__lt__", "__le__", "__gt__", "__ge__"] if name in Student.__dict__])


@total_ordering
class Weight:
    def __init__(self, kg):
        self.kg = kg

    def __eq__(self, other):
        return self.kg == other.kg

    def __gt__(self, other):
        return self.kg > other.kg


w1, w2 = Weight(3), Weight(5)
print(w1 < w2, w1 <= w2, w1 >= w2, w2 >= w2, max([w1, w2]).kg)


@total_ordering
class Loose:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Loose) and self.v == other.v

    def __le__(self, other):
        if not isinstance(other, Loose):
            return NotImplemented
        return self.v <= other.v


print(Loose(1) < Loose(2), Loose(2) > Loose(1), Loose(2) >= Loose(2), Loose(3) < Loose(3))
try:
    Loose(1) < 5
except TypeError as e:
    print(type(e).__name__, e)

try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(type(e).__name__, e)
