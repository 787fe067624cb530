# Private name mangling in classes: __attr, __method, subclass separation, getattr with mangled names.


class Account:
    __slots_hint = "mangled class attribute"

    def __init__(self, owner, balance):
        self.owner = owner
        self.__balance = balance

    def __audit(self, msg):
        return f"[{self.owner}] {msg}"

    def deposit(self, amount):
        self.__balance += amount
        return self.__audit(f"deposit {amount} -> {self.__balance}")

    @property
    def balance(self):
        return self.__balance

    @classmethod
    def hint(cls):
        return cls.__slots_hint


a = Account("ann", 10)
print(a.deposit(5), a.balance, Account.hint())
print(sorted(vars(a)))
print(a._Account__balance, hasattr(a, "__balance"), getattr(a, "_Account__audit")("direct"))
try:
    a.__balance
except AttributeError as e:
    print(type(e).__name__, e)
try:
    a.__audit("x")
except AttributeError as e:
    print(type(e).__name__, e)


class Savings(Account):
    def __init__(self, owner, balance, rate):
        super().__init__(owner, balance)
        self.__balance = "shadow in Savings"
        self.rate = rate

    def both(self):
        return self.__balance, self._Account__balance


s = Savings("bob", 100, 0.1)
print(s.both(), sorted(vars(s)))
print(s.deposit(1), s.balance)


class _Leading:
    def __method(self):
        return "mangled with stripped underscores"

    def call(self):
        return self.__method()


print(_Leading().call(), hasattr(_Leading, "_Leading__method"))


class Dunder:
    __not_mangled__ = "dunder names are left alone"
    __mangled = "mangled"


print(Dunder.__not_mangled__, sorted([k for k in vars(Dunder) if "mangled" in k]))


class Outer:
    class __Hidden:
        value = 42

    def get(self):
        return self.__Hidden.value


print(Outer().get(), [k for k in vars(Outer) if "Hidden" in k])


class Compr:
    def __init__(self):
        self.__items = [1, 2, 3]

    def doubled(self):
        return [x * 2 for x in self.__items]

    def via_lambda(self):
        f = lambda: self.__items[-1]
        return f()

    def via_getattr(self):
        return getattr(self, "__items", "getattr does not mangle")


c = Compr()
print(c.doubled(), c.via_lambda(), c.via_getattr())
