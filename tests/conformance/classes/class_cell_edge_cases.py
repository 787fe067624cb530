# Edge cases of the __class__ cell: metaclasses that copy the namespace, __classcell__,
# reassigning self before super(), __class__ in closures and after class decoration.


class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("Meta sees __classcell__:", "__classcell__" in ns)
        return super().__new__(mcls, name, bases, ns)


class Base:
    def who(self):
        return "Base"


class UsesCell(Base, metaclass=Meta):
    def who(self):
        return "UsesCell>" + super().who()


class NoCell(metaclass=Meta):
    def plain(self):
        return "plain"


print(UsesCell().who(), NoCell().plain())


class DropsCell(type):
    def __new__(mcls, name, bases, ns):
        clean = {k: v for k, v in ns.items() if k != "__classcell__"}
        return super().__new__(mcls, name, bases, clean)


try:
    class Lost(Base, metaclass=DropsCell):
        def who(self):
            return super().who()
    print(Lost().who())
except (RuntimeError, TypeError) as e:
    print(type(e).__name__, e)


class Closure(Base):
    def make(self):
        def inner():
            return __class__.__name__
        return inner

    def make_super(self):
        me = self

        def inner():
            return super(__class__, me).who()
        return inner


print(Closure().make()(), Closure().make_super()())


class Reassign(Base):
    def who(self):
        return "Reassign"

    def swap_self(self, other):
        self = other
        return super().who()


class Unrelated:
    pass


print(Reassign().swap_self(Reassign()))
try:
    print(Reassign().swap_self(Unrelated()))
except TypeError as e:
    print(type(e).__name__, e)


def decorate(cls):
    return type(cls.__name__ + "Copy", (cls,), {})


@decorate
class Decorated(Base):
    def who(self):
        return "Decorated(" + __class__.__name__ + ")>" + super().who()


print(Decorated.__name__, Decorated().who())


class ClassRefInBody:
    try:
        value = __class__
    except NameError as e:
        value = "NameError: " + str(e)


print(ClassRefInBody.value)


class AssignsClassName(Base):
    def who(self):
        return super().who() + " ok"


Original = AssignsClassName
AssignsClassName = None
print(Original().who())


class Outer:
    class Inner(Base):
        def who(self):
            return "Inner>" + super().who() + " in " + __class__.__qualname__

    def outer_class(self):
        return __class__.__qualname__


print(Outer.Inner().who(), Outer().outer_class())
