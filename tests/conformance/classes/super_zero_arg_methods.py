# Zero-argument super() in ordinary methods, __init__, __repr__, properties and lambdas-free helpers.


class Animal:
    def __init__(self, name):
        self.name = name
        self.trail = ["Animal.__init__"]

    def speak(self):
        return self.name + " makes a sound"

    def __repr__(self):
        return "Animal(" + repr(self.name) + ")"

    @property
    def label(self):
        return "animal:" + self.name


class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
        self.trail.append("Dog.__init__")

    def speak(self):
        return super().speak() + " (woof)"

    def __repr__(self):
        return "Dog<" + super().__repr__() + ", " + self.breed + ">"

    @property
    def label(self):
        return super().label + "/dog"


class Puppy(Dog):
    def __init__(self, name):
        super().__init__(name, "mixed")
        self.trail.append("Puppy.__init__")

    def speak(self):
        base = super().speak()
        return base.replace("woof", "yip")

    def uses_class_cell(self):
        return __class__.__name__, type(self).__name__


p = Puppy("Rex")
print(p.trail)
print(p.speak())
print(repr(p))
print(p.label)
print(p.uses_class_cell())

d = Dog("Fido", "lab")
print(d.speak(), d.label)


class Sub(Puppy):
    pass


print(Sub("Bo").uses_class_cell())


# super() object attributes
class Probe(Dog):
    def look(self):
        s = super()
        return type(s).__name__, s.__thisclass__.__name__, s.__self_class__.__name__, s.__self__ is self


print(Probe("x", "y").look())

# explicit two-arg forms for comparison
print(super(Puppy, p).speak())
print(super(Dog, p).speak())


class Counter(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value * 2)

    def __getitem__(self, key):
        return super().__getitem__(key) + 1


c = Counter()
c["a"] = 5
print(c["a"], dict(c))


# __class__ refers to the defining class, even when reassigned in subclasses
class Parent:
    def who(self):
        return __class__


class Kid(Parent):
    def who(self):
        return (super().who().__name__, __class__.__name__)


print(Kid().who(), Parent().who().__name__)
