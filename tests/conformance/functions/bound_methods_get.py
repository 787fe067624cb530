# Functions are descriptors: __get__ creates bound methods.

class Account:
    rate = 2

    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance


def standalone(self, extra=0):
    return f"{self.owner} has {self.balance + extra}"


acct = Account("ann", 10)
m = standalone.__get__(acct, Account)
print(type(m).__name__, m.__self__ is acct, m.__func__ is standalone)
print(m(), m(5))
print(m.__name__, m.__qualname__)

# Unbound access through the class gives the plain function.
print(Account.deposit is Account.__dict__["deposit"])
print(Account.__dict__["deposit"].__get__(None, Account) is Account.deposit)
d = acct.deposit
print(d(5), d(5), acct.balance)
print(d.__self__.owner, d.__func__ is Account.deposit)
print(acct.deposit == acct.deposit, acct.deposit is acct.deposit)

# Attaching a function to a class makes it a method; to an instance it does not.
Account.describe = standalone
print(acct.describe(1))
acct.loose = standalone
try:
    acct.loose()
except TypeError as e:
    print(type(e).__name__, e)
print(acct.loose(acct, 2))

# Lambdas work the same way.
Account.double = lambda self: self.balance * 2
print(acct.double())

# Bound methods of builtins.
append = [].append
lst = [1]
push = lst.append
push(2)
push(3)
print(lst, push.__self__ is lst, push.__name__)
upper = "abc".upper
print(upper(), type(upper).__name__)

# Methods with __get__ invoked manually for classmethod and staticmethod.
class Tools:
    @classmethod
    def make(cls, v):
        return (cls.__name__, v)

    @staticmethod
    def util(v):
        return v * 3


class SubTools(Tools):
    pass


print(Tools.make(1), SubTools.make(2), SubTools().make(3))
print(Tools.__dict__["make"].__get__(None, SubTools)(4))
print(Tools.__dict__["util"].__get__(None, Tools)(5), SubTools().util(6))
bm = acct.deposit
acct2 = Account("bob", 0)
rebound = bm.__func__.__get__(acct2)
print(rebound(7), acct2.balance, acct.balance)

try:
    Account.deposit(5)
except TypeError as e:
    print(type(e).__name__, e)
