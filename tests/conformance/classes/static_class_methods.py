# staticmethod and classmethod: binding, alternate constructors, calling via instance and class.


class Date:
    created = 0

    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.created += 1

    @classmethod
    def from_string(cls, s):
        y, m, d = [int(p) for p in s.split("-")]
        return cls(y, m, d)

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    @classmethod
    def kind(cls):
        return cls.__name__

    def __repr__(self):
        return f"{type(self).__name__}({self.y:04d}-{self.m:02d}-{self.d:02d})"


class EuroDate(Date):
    @classmethod
    def from_string(cls, s):
        d, m, y = [int(p) for p in s.split(".")]
        return cls(y, m, d)


print(Date.from_string("2024-02-29"), EuroDate.from_string("01.12.1999"))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))
print(Date.kind(), EuroDate.kind(), EuroDate(1, 2, 3).kind())
print(Date.created)

sm = Date.__dict__["is_leap"]
cm = Date.__dict__["kind"]
print(type(sm).__name__, type(cm).__name__)
print(sm.__func__(2023), cm.__func__(EuroDate))
print(cm.__get__(None, EuroDate)())
bound = Date.kind
print(bound.__self__ is Date, bound.__func__ is cm.__func__, bound.__name__)


def free(x):
    return x * 3


class Holder:
    triple = staticmethod(free)
    named = classmethod(lambda cls, n: cls.__name__ + str(n))


print(Holder.triple(3), Holder().triple(4), Holder.named(5))
print(callable(sm), sm(1996))


class Counter:
    _count = 0

    @classmethod
    def increment(cls):
        cls._count += 1
        return cls._count


class SubCounter(Counter):
    pass


print(Counter.increment(), Counter.increment(), SubCounter.increment(), SubCounter.increment())
print(Counter._count, SubCounter._count, "_count" in SubCounter.__dict__)

try:
    Date.from_string("2024-xx-01")
except ValueError as e:
    print(type(e).__name__, e)

try:
    Date.is_leap()
except TypeError as e:
    print(type(e).__name__, e)
