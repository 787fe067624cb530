# Uncaught ValueError raised from a validating descriptor's __set__, several frames deep.


class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        self.validate(value)
        setattr(obj, self.name, value)

    def validate(self, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive, got {value}")


class Product:
    price = Positive()
    quantity = Positive()

    def __init__(self, price, quantity):
        self.price = price
        self.quantity = quantity

    def total(self):
        return self.price * self.quantity

    def apply_discount(self, amount):
        self.price = self.price - amount


class Cart:
    def __init__(self):
        self.products = [Product(10, 2), Product(3, 5)]

    def discount_all(self, amount):
        for p in self.products:
            p.apply_discount(amount)
            print("discounted, total now", p.total())


cart = Cart()
print([p.total() for p in cart.products])
cart.discount_all(4)
print("unreachable")
