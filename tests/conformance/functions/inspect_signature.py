# inspect.signature: string form, parameter kinds and defaults.
import inspect


def f(a, b=2, /, c=3, *args, d, e=5, **kw) -> int:
    return 0


def g(x: int, y: "str" = "yy") -> None:
    pass


def h():
    pass


def k(*, only):
    pass


sig = inspect.signature(f)
print(sig)
print(list(sig.parameters))
for name, p in sig.parameters.items():
    default = "<empty>" if p.default is inspect.Parameter.empty else repr(p.default)
    print(f"  {name}: {p.kind.name} ({p.kind}) default={default}")
print(sig.return_annotation)
print(inspect.signature(g))
print(inspect.signature(h), inspect.signature(k))
print(inspect.signature(lambda *a, **b: None))
print(inspect.signature(g).parameters["y"].annotation)
print(inspect.signature(h).return_annotation is inspect.Signature.empty)


class Thing:
    def __init__(self, size, *, color="red"):
        pass

    def method(self, n, m=1):
        pass

    @staticmethod
    def stat(p, q):
        pass

    @classmethod
    def klass(cls, r):
        pass


print(inspect.signature(Thing))
print(inspect.signature(Thing.method))
print(inspect.signature(Thing(1).method))
print(inspect.signature(Thing.stat), inspect.signature(Thing.klass))

bound = sig.bind(1, d=4)
print(bound.arguments)
bound.apply_defaults()
print(bound.arguments)
print(bound.args, bound.kwargs)
bound2 = sig.bind(1, 2, 3, 4, 5, d=6, z=7)
print(bound2.arguments)
try:
    sig.bind(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    inspect.signature(g).bind(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)

sig2 = sig.replace(return_annotation=inspect.Signature.empty)
print(sig2)
params = [inspect.Parameter("p", inspect.Parameter.POSITIONAL_OR_KEYWORD, default=None)]
print(inspect.Signature(params))


def annotated(a: list[int], b: dict[str, float] | None = None) -> tuple[int, ...]:
    pass


print(inspect.signature(annotated))
print(inspect.getfullargspec(f).args, inspect.getfullargspec(f).kwonlyargs)
print(inspect.isfunction(f), inspect.isfunction(len), inspect.ismethod(Thing(2).method))
