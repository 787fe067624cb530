# __set_name__ called for class-body attributes at class creation, order, and setattr later.

events = []


class Field:
    counter = 0

    def __init__(self, label=None):
        Field.counter += 1
        self.index = Field.counter
        self.label = label

    def __set_name__(self, owner, name):
        events.append(f"{owner.__name__}.{name} (#{self.index})")
        self.owner = owner
        self.name = name
        if self.label is None:
            self.label = name.replace("_", " ").title()

    def __repr__(self):
        return f"Field({self.name!r}, {self.label!r})"


class Form:
    first_name = Field()
    last_name = Field("Surname")
    email_address = Field()
    not_a_field = 42


print(events)
print(Form.first_name, Form.last_name, Form.email_address)
print([n for n, v in Form.__dict__.items() if isinstance(v, Field)])


class Sub(Form):
    phone = Field()


print(events[-1], Sub.phone.owner.__name__, Sub.first_name.owner.__name__)

shared = Field()


class A:
    x = shared


class B:
    y = shared


print(shared.name, shared.owner.__name__, events[-2:])

# setting an attribute after class creation does not call __set_name__
late = Field()
A.late = late
print(hasattr(late, "name"), len(events))


class Noisy:
    def __set_name__(self, owner, name):
        raise RuntimeError("refuse " + name)


try:
    class Holder:
        thing = Noisy()
except RuntimeError as e:
    print(type(e).__name__, e, e.__cause__)


class NotCallableSetName:
    __set_name__ = 5


try:
    class Holder2:
        thing = NotCallableSetName()
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)

Dyn = type("Dyn", (), {"dyn_field": Field()})
print(events[-1], Dyn.dyn_field)
