# Class attributes vs instance attributes: shadowing, shared mutable state, deletion, lookup chain.


class Counter:
    total = 0
    shared_list = []
    label = "class label"

    def __init__(self, name):
        self.name = name
        Counter.total += 1
        self.shared_list.append(name)

    def rename_label(self, text):
        self.label = text


a = Counter("a")
b = Counter("b")
print(Counter.total, a.total, b.total, a.shared_list is b.shared_list, Counter.shared_list)
a.total = 100
print(a.total, b.total, Counter.total, "total" in vars(a), "total" in vars(b))
del a.total
print(a.total)
try:
    del a.total
except AttributeError as e:
    print(type(e).__name__, e)

a.rename_label("instance label")
print(a.label, b.label, Counter.label)
Counter.label = "changed on class"
print(a.label, b.label)


class Sub(Counter):
    label = "sub label"


s = Sub("s")
print(s.label, s.total, Sub.total, Counter.total, "total" in Sub.__dict__)
Sub.total = 50
print(Sub.total, Counter.total, s.total)
del Sub.total
print(Sub.total)
try:
    del Sub.total
except AttributeError as e:
    print(type(e).__name__, e)


class Method:
    def greet(self):
        return "class method"


m = Method()
m.greet = lambda: "instance function"
print(m.greet(), Method().greet(), Method.greet(m))
del m.greet
print(m.greet())


class Mutable:
    items = []

    def add_wrong(self, x):
        self.items.append(x)

    def add_right(self, x):
        self.items = self.items + [x]


m1, m2 = Mutable(), Mutable()
m1.add_wrong(1)
m2.add_wrong(2)
print(Mutable.items, m1.items)
m1.add_right(3)
print(m1.items, m2.items, Mutable.items)

Counter.new_attr = "added later"
print(a.new_attr, s.new_attr, hasattr(Method(), "new_attr"))


class Const:
    PI = 3.14159
    TAU = PI * 2

    def circumference(self, r):
        return self.TAU * r


print(Const().circumference(1), Const.TAU)
c = Const()
c.TAU = 1
print(c.circumference(5), Const().circumference(5))

try:
    print(Counter.name)
except AttributeError as e:
    print(type(e).__name__, e)
