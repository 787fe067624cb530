# Methods see module globals, not class-level names; __class__ cell; closures in classes.

limit = "module limit"


class Config:
    limit = 10
    scale = 2

    def check(self, v):
        return v < self.limit, limit

    def make_checker(self):
        threshold = self.limit

        def checker(v):
            return v < threshold
        return checker

    @classmethod
    def scaled(cls, v):
        return v * cls.scale

    def who(self):
        return __class__.__name__

    def qual(self):
        return type(self).__name__


class Sub(Config):
    limit = 3

    def who(self):
        return "Sub sees " + super().who() + " via " + __class__.__name__


c = Config()
print(c.check(5))
chk = c.make_checker()
print(chk(9), chk(11), chk.__code__.co_freevars)
print(Config.scaled(5), Sub.scaled(5))
print(c.who(), Sub().who(), Sub().qual())
print(Sub().check(5))
print(Config.who.__code__.co_freevars, Sub.who.__code__.co_freevars)


def class_factory(prefix):
    class Tagger:
        tag = prefix + "-tag"

        def apply(self, s):
            return prefix + ":" + s

        @staticmethod
        def static_apply(s):
            return prefix.upper() + s

    return Tagger


T1 = class_factory("one")
T2 = class_factory("two")
print(T1().apply("x"), T2().apply("y"), T1.tag, T2.static_apply("z"))
print(T1.apply.__code__.co_freevars, T1.apply.__closure__[0].cell_contents)


def shadow_class_name():
    class Local:
        def get_cls(self):
            return Local
    cls = Local
    Local = "rebound"
    try:
        return cls().get_cls()
    except Exception as e:
        return type(e).__name__


print(shadow_class_name())


class Recursive:
    def depth(self, n):
        if n == 0:
            return "bottom"
        return Recursive().depth(n - 1)


print(Recursive().depth(3))


class UsesGlobalLater:
    def get(self):
        return defined_after_class


defined_after_class = "defined later"
print(UsesGlobalLater().get())
