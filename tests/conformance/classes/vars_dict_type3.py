# Instance __dict__, vars(), dir()-style introspection and type() with three arguments.


class Pet:
    kind = "pet"

    def __init__(self, name, age):
        self.name = name
        self.age = age

    def speak(self):
        return self.name + " speaks"


p = Pet("rex", 3)
print(p.__dict__, vars(p) is p.__dict__)
p.__dict__["color"] = "brown"
print(p.color, sorted(vars(p)))
vars(p)["age"] = 4
print(p.age)
del p.__dict__["color"]
print(hasattr(p, "color"))
print(sorted([k for k in vars(Pet) if not k.startswith("__")]), type(vars(Pet)).__name__)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Pet.__dict__["new"] = 1
except TypeError as e:
    print(type(e).__name__, e)


def speak(self):
    return f"{self.name} says {self.sound}"


Dog = type("Dog", (Pet,), {"sound": "woof", "speak": speak, "__doc__": "A dog."})
d = Dog("fido", 2)
print(d.speak(), Dog.__name__, Dog.__qualname__, Dog.__doc__, Dog.__module__)
print([c.__name__ for c in Dog.__mro__], isinstance(d, Pet), Dog.kind)

Empty = type("Empty", (), {})
print(Empty.__bases__[0].__name__, Empty().__dict__, type(Empty).__name__)

Counter = type("Counter", (), {"count": 0, "inc": lambda self: setattr(self, "count", self.count + 1) or self.count})
c = Counter()
print(c.inc(), c.inc(), Counter.count)

print(type(p) is Pet, type(type(p)) is type, type(3).__name__, type("x").__name__)

try:
    type("Bad", Pet, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("Bad", (), [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("a", "b")
except TypeError as e:
    print(type(e).__name__, e)

obj = Pet("x", 1)
obj.__dict__ = {"name": "replaced", "age": 99}
print(obj.speak(), obj.age)
try:
    obj.__dict__ = [1]
except TypeError as e:
    print(type(e).__name__, e)


class Slotted:
    __slots__ = ("a",)


try:
    vars(Slotted())
except TypeError as e:
    print(type(e).__name__, e)

attrs = {"x": 1, "y": 2}
Point = type("Point", (object,), dict(attrs, __repr__=lambda self: f"Point({self.x}, {self.y})"))
print(Point(), sorted([k for k in Point.__dict__ if k in attrs]))
