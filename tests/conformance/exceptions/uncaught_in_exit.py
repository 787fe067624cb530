# Ends with an exception raised inside __exit__ while the body also raised.


class Transaction:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("begin", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("commit", self.name)
            return False
        print("rollback", self.name, "because", exc_type.__name__)
        self.rollback()

    def rollback(self):
        raise RuntimeError("rollback of %s failed" % self.name)


def transfer(amount):
    with Transaction("t%d" % amount):
        if amount > 100:
            raise ValueError("amount too large: %d" % amount)
        print("transferred", amount)


transfer(50)
transfer(500)
