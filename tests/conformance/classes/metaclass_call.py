# Metaclass __call__: singletons, argument rewriting and skipping __init__.


class Singleton(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls._instance = None

    def __call__(cls, *args, **kwargs):
        if cls._instance is None:
            print("creating", cls.__name__, args, kwargs)
            cls._instance = super().__call__(*args, **kwargs)
        return cls._instance


class Config(metaclass=Singleton):
    def __init__(self, name="default"):
        self.name = name


a = Config("first")
b = Config("second")
print(a is b, a.name, b.name)


class Other(metaclass=Singleton):
    pass


print(Other() is Other(), Other() is a)


class Tracing(type):
    def __call__(cls, *args, **kwargs):
        print("before", cls.__name__, len(args))
        obj = cls.__new__(cls)
        if not kwargs.get("skip_init"):
            kwargs.pop("skip_init", None)
            obj.__init__(*args, **kwargs)
        else:
            print("init skipped")
        print("after", cls.__name__)
        return obj


class Point(metaclass=Tracing):
    def __init__(self, x=0, y=0):
        print("Point.__init__", x, y)
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y)
q = Point(skip_init=True)
print(hasattr(q, "x"))


class Upper(type):
    def __call__(cls, *args):
        return super().__call__(*[str(a).upper() for a in args])


class Word(metaclass=Upper):
    def __init__(self, *parts):
        self.parts = parts

    def __repr__(self):
        return "Word" + repr(self.parts)


print(Word("abc", "de", 5))


class Factory(type):
    def __call__(cls, kind):
        for sub in cls.__subclasses__():
            if sub.kind == kind:
                return type.__call__(sub)
        raise ValueError("no kind " + repr(kind))


class Shape(metaclass=Factory):
    kind = None


class Circle(Shape):
    kind = "circle"


class Square(Shape):
    kind = "square"


print(type(Shape("circle")).__name__, type(Shape("square")).__name__)
try:
    Shape("hexagon")
except ValueError as e:
    print(type(e).__name__, e)
