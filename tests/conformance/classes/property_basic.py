# property with getter/setter/deleter, decorator and call forms, read-only properties.


class Temperature:
    def __init__(self, celsius):
        self._c = celsius
        self.log = []

    @property
    def celsius(self):
        self.log.append("get")
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero: " + str(value))
        self.log.append("set " + str(value))
        self._c = value

    @celsius.deleter
    def celsius(self):
        self.log.append("del")
        self._c = None

    @property
    def fahrenheit(self):
        """Temperature in Fahrenheit."""
        return self._c * 9 / 5 + 32


t = Temperature(20)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
print(t._c, t.log)
print(Temperature.fahrenheit.__doc__)
print(type(Temperature.celsius).__name__, Temperature.celsius.fget.__name__)


class Old:
    def __init__(self):
        self._v = 0

    def get_v(self):
        return self._v

    def set_v(self, v):
        self._v = v * 2

    v = property(get_v, set_v, None, "doubled on set")


o = Old()
o.v = 4
print(o.v, Old.v.__doc__, Old.v.fdel)


class Lazy:
    def __init__(self):
        self.computations = 0

    @property
    def expensive(self):
        if "_cache" not in self.__dict__:
            self.computations += 1
            self._cache = sum([i for i in range(10)])
        return self._cache


lz = Lazy()
print(lz.expensive, lz.expensive, lz.computations)

p = property()
try:
    p.__get__(o, Old)
except AttributeError as e:
    print(type(e).__name__, e)
print(p.__get__(None, Old) is p)

# instance dict does not shadow a data descriptor
o.__dict__["v"] = "shadow"
print(o.v, o.__dict__["v"])


class Sized:
    items = property(lambda self: [1, 2, 3])
    count = property(lambda self: len(self.items))


print(Sized().items, Sized().count)
