# staticmethod and classmethod wrappers.

class Temperature:
    scale = "C"
    instances = 0

    def __init__(self, degrees):
        self.degrees = degrees
        Temperature.instances += 1

    @classmethod
    def from_fahrenheit(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))

    @staticmethod
    def is_freezing(deg):
        return deg <= 0

    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.scale}"

    def __repr__(self):
        return f"{type(self).__name__}({self.degrees})"


class Kelvin(Temperature):
    scale = "K"


print(Temperature.from_fahrenheit(212), Kelvin.from_fahrenheit(32))
print(Temperature.is_freezing(-1), Temperature(5).is_freezing(5))
print(Temperature.describe(), Kelvin.describe(), Kelvin(1).describe())
print(Temperature.instances)

sm = Temperature.__dict__["is_freezing"]
cm = Temperature.__dict__["describe"]
print(type(sm).__name__, type(cm).__name__)
print(sm.__func__(0), cm.__func__(Kelvin))
print(sm(3))
print(Temperature.is_freezing.__name__, Temperature.describe.__self__ is Temperature)
print(Kelvin.describe.__self__ is Kelvin, Kelvin.describe.__func__ is cm.__func__)


def free(x):
    return x + 1


class Holder:
    plain = free
    static = staticmethod(free)
    klass = classmethod(lambda cls, y: (cls.__name__, y))


h = Holder()
print(Holder.plain(1), Holder.static(1), h.static(1))
try:
    h.plain(1)
except TypeError as e:
    print(type(e).__name__, e)
print(h.klass(5), Holder.klass(6))
print(staticmethod(free).__wrapped__ is free)


class Counter:
    count = 0

    @classmethod
    def bump(cls):
        cls.count += 1
        return cls.count


class SubCounter(Counter):
    pass


print(Counter.bump(), Counter.bump(), SubCounter.bump(), Counter.count, SubCounter.count)
print(Counter.bump.__qualname__, Counter.__dict__["bump"].__func__.__qualname__)
