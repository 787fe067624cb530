# super() inside nested functions and outside methods: error cases and what works.


class Base:
    def greet(self):
        return "Base.greet"


class Child(Base):
    def nested_no_args(self):
        def inner():
            return super().greet()
        return inner()

    def nested_with_arg(self):
        def inner(obj):
            return super().greet()
        return inner(self)

    def nested_wrong_arg(self):
        def inner(x):
            return super().greet()
        return inner(42)

    def lambda_use(self):
        f = lambda: super().greet()
        return f()

    def comprehension(self):
        return [super().greet() for _ in range(2)]

    def explicit(self):
        def inner():
            return super(Child, self).greet()
        return inner()


c = Child()
for meth in ["nested_no_args", "nested_with_arg", "nested_wrong_arg", "lambda_use", "comprehension", "explicit"]:
    try:
        print(meth, "->", getattr(c, meth)())
    except (RuntimeError, TypeError) as e:
        print(meth, "!!", type(e).__name__, e)


def plain_function():
    return super().greet()


try:
    plain_function()
except RuntimeError as e:
    print(type(e).__name__, e)


class Static(Base):
    @staticmethod
    def s():
        return super().greet()


try:
    Static.s()
except RuntimeError as e:
    print(type(e).__name__, e)


def outside(self):
    return super().greet()


Child.outside = outside
try:
    Child().outside()
except RuntimeError as e:
    print(type(e).__name__, e)

try:
    super(Child, 5)
except TypeError as e:
    print(type(e).__name__, e)
