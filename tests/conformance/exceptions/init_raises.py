# Exceptions raised while constructing objects: __init__, __new__, and partial state.
created = []


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        if balance < 0:
            raise ValueError("negative balance for " + owner)
        self.balance = balance
        created.append(owner)

    def __repr__(self):
        return "Account(%s, %d)" % (self.owner, self.balance)


accounts = []
for owner, bal in [("ann", 10), ("bob", -5), ("cy", 0)]:
    try:
        accounts.append(Account(owner, bal))
    except ValueError as e:
        print("failed:", e)
print(accounts, created)


class Validated:
    def __new__(cls, value):
        if not isinstance(value, int):
            raise TypeError("Validated needs int, got " + type(value).__name__)
        return super().__new__(cls)

    def __init__(self, value):
        print("__init__ ran with", value)
        self.value = value


for v in [3, "3"]:
    try:
        obj = Validated(v)
        print("made", obj.value)
    except TypeError as e:
        print("TypeError:", e)


class Base:
    def __init__(self):
        print("Base.__init__")
        raise RuntimeError("base failed")


class Child(Base):
    def __init__(self):
        print("Child.__init__ start")
        try:
            super().__init__()
        except RuntimeError as e:
            print("Child caught", e)
            raise KeyError("child failed") from e
        print("never")


try:
    Child()
except KeyError as e:
    print("outer:", repr(e), "cause:", repr(e.__cause__))

# Wrong number of constructor arguments.
try:
    Account("only owner")
except TypeError as e:
    print("TypeError:", e)

try:
    Account("x", 1, 2)
except TypeError as e:
    print("TypeError:", e)


# __init__ returning a value is an error.
class BadInit:
    def __init__(self):
        return 5


try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)


# Exceptions in attribute defaults evaluated in __init__.
class Lazy:
    def __init__(self, data):
        self.first = data[0]
        self.ratio = 10 / len(data)


for data in [[4, 5], []]:
    try:
        l = Lazy(data)
        print(l.first, l.ratio)
    except IndexError as e:
        print("IndexError:", e)
