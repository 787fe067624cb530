# Subclassing property, overriding properties in subclasses, getter/setter copies.


class logged_property(property):
    calls = []

    def __get__(self, obj, objtype=None):
        if obj is not None:
            logged_property.calls.append("get " + self.fget.__name__)
        return super().__get__(obj, objtype)

    def __set__(self, obj, value):
        logged_property.calls.append("set " + self.fget.__name__ + "=" + repr(value))
        super().__set__(obj, value)


class Account:
    def __init__(self, balance):
        self._balance = balance

    @logged_property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        self._balance = value


a = Account(10)
a.balance = a.balance + 5
print(a.balance, logged_property.calls)
print(type(Account.__dict__["balance"]).__name__)


class Base:
    @property
    def name(self):
        return "base"

    @property
    def size(self):
        return 1

    @size.setter
    def size(self, v):
        self._size = v


class Child(Base):
    @property
    def name(self):
        return "child+" + super().name

    @Base.size.getter
    def size(self):
        return 100


c = Child()
print(c.name, c.size)
c.size = 5
print(c._size, c.size, Base().size)
print(Base.size is Child.size, Base.size.fset is Child.size.fset)

p1 = property(lambda self: 1)
p2 = p1.setter(lambda self, v: None)
p3 = p2.deleter(lambda self: None)
print(p1 is p2, p1.fset is None, p2.fset is not None, p3.fdel is not None)


class ReadOnly(property):
    def __set__(self, obj, value):
        raise AttributeError("read-only: " + self.fget.__name__)


class Item:
    @ReadOnly
    def code(self):
        return "X1"


it = Item()
print(it.code)
try:
    it.code = "Y"
except AttributeError as e:
    print(type(e).__name__, e)


class Docs(property):
    pass


d = Docs(lambda self: 0, doc="custom doc")
print(d.__doc__)
