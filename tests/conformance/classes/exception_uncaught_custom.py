# Uncaught custom exception with __str__, raised a few frames deep after a handled KeyError.


class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, needed):
        super().__init__(account, needed)
        self.account = account
        self.needed = needed

    def __str__(self):
        return f"account {self.account.owner} is short by {self.needed}"


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount - self.balance)
        self.balance -= amount
        return amount


class Bank:
    def __init__(self):
        self.accounts = {"ann": Account("ann", 100), "bob": Account("bob", 20)}

    def transfer(self, src, dst, amount):
        taken = self.accounts[src].withdraw(amount)
        self.accounts[dst].balance += taken
        print("transferred", amount, src, "->", dst)

    def batch(self, moves):
        for src, dst, amount in moves:
            try:
                self.transfer(src, dst, amount)
            except KeyError as e:
                print("unknown account", e)


bank = Bank()
bank.batch([("ann", "bob", 30), ("zed", "ann", 1), ("bob", "ann", 100)])
print("unreachable")
