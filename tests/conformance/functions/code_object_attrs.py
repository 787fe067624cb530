# Attributes of __code__ objects.

def f0():
    pass


def f1(a, b, /, c, d=1, *args, e, f=2, **kwargs):
    local = a + b
    return local


def f2(*args):
    return args


def f3(**kw):
    return kw


def outer(x):
    y = x * 2

    def inner(z):
        return x + y + z
    return inner


def show(fn):
    c = fn.__code__
    print(c.co_name, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount)
    print("  varnames", c.co_varnames)
    print("  freevars", c.co_freevars, "cellvars", c.co_cellvars)
    print("  varargs", bool(c.co_flags & 0x04), "varkw", bool(c.co_flags & 0x08))
    print("  nlocals", c.co_nlocals)


for fn in (f0, f1, f2, f3, outer, outer(1), lambda q, *, r: q):
    show(fn)

print(outer(1)(2), outer(1).__code__.co_name, outer(1).__code__.co_qualname)
print(f1.__code__.co_qualname, (lambda: 0).__code__.co_name)


class C:
    def method(self, other=None):
        return self

    def uses_class(self):
        return __class__


show(C.method)
show(C.uses_class)
print(C().uses_class() is C)


def gen_flags():
    return 0


print(type(f0.__code__).__name__)
print(f0.__code__.co_flags & 0x20 == 0)
print(f1.__code__.co_varnames[:f1.__code__.co_argcount])
print(f1.__code__.co_varnames[f1.__code__.co_argcount:][:f1.__code__.co_kwonlyargcount])
