# __prepare__ returning a custom mapping that records definition order and duplicates.


class RecordingDict(dict):
    def __init__(self):
        super().__init__()
        self.order = []
        self.dups = []

    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            self.dups.append(key)
        self.order.append(key)
        super().__setitem__(key, value)


class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], sorted(kw))
        return RecordingDict()

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.definition_order = [k for k in ns.order if not k.startswith("__")]
        cls.duplicates = list(ns.dups)
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class Form(metaclass=OrderedMeta, strict=True):
    zeta = 1
    alpha = 2
    mid = 3

    def check(self):
        return "check"

    alpha = 20


print(Form.definition_order)
print(Form.duplicates)
print(Form.alpha, Form.zeta, Form().check())


class Lookup(dict):
    def __missing__(self, key):
        if key.startswith("auto_"):
            return key[5:].upper()
        raise KeyError(key)


class AutoMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Lookup()

    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))


class Auto(metaclass=AutoMeta):
    first = auto_hello
    second = auto_world + "!"
    combined = first + "-" + second


print(Auto.first, Auto.second, Auto.combined)


class Child(Form):
    extra = "x"


print(Child.definition_order, Child.duplicates)
print([c.__name__ for c in Child.__mro__])
