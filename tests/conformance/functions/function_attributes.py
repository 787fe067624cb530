# Metadata attributes of function objects.

def documented(a, b: "second" = 5, *args, c: int = 1, **kw) -> list:
    """Return things.

    Second paragraph.
    """
    return [a, b, args, c, kw]


def bare(x):
    return x


print(documented.__name__, documented.__qualname__, documented.__module__)
print(repr(documented.__doc__))
print(bare.__doc__)
print(documented.__defaults__, documented.__kwdefaults__)
print(bare.__defaults__, bare.__kwdefaults__)
print(documented.__annotations__)
print(bare.__annotations__)
print(documented.__dict__, type(documented.__globals__).__name__)
print(documented.__globals__ is globals())

bare.__name__ = "renamed"
bare.__qualname__ = "Some.renamed"
bare.__doc__ = "new doc"
print(bare.__name__, bare.__qualname__, bare.__doc__)
try:
    bare(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

bare.custom = [1, 2]
bare.__dict__["other"] = "via dict"
print(bare.custom, bare.other, sorted(bare.__dict__))
del bare.custom
print(hasattr(bare, "custom"), sorted(vars(bare)))
try:
    bare.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    bare.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)

bare.__annotations__ = {"x": "int"}
print(bare.__annotations__)
bare.__module__ = "fake.mod"
print(bare.__module__)


def counter():
    counter.hits = getattr(counter, "hits", 0) + 1
    return counter.hits


counter()
counter()
print(counter(), counter.__dict__)


class K:
    def meth(self, y: float) -> None:
        "method doc"

    @staticmethod
    def stat():
        pass

    @classmethod
    def cls_m(cls):
        pass


print(K.meth.__qualname__, K.meth.__doc__, K.meth.__annotations__)
print(K.stat.__qualname__, K.cls_m.__qualname__, K().meth.__name__)
print(K().meth.__func__ is K.meth, K().cls_m.__self__ is K)
print(K.meth.__module__, K.__module__, __name__)
print(type(documented).__name__, callable(documented), callable(5))
