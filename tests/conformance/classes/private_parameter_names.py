# Parameters named __x in a method are mangled like other private names: the local is
# _Class__x, keyword callers must use the mangled name, and the code object says so.
class Context:
    def call(__self, __obj, *args, **kwargs):
        return __obj(*args, **kwargs), type(__self).__name__

    def kw(self, *, __flag=1, __extra=None):
        return __flag, __extra

    @staticmethod
    def lam():
        return (lambda __v: __v * 2)(21)


c = Context()
print(c.call(len, "abc"))
print(Context.call.__code__.co_varnames)
print(c.kw(), c.kw(_Context__flag=5), Context.kw.__kwdefaults__)
print(Context.lam())
try:
    c.kw(__flag=2)
except TypeError as e:
    print("TypeError", e)


def outside(__x):
    return __x


print(outside(__x=3), outside.__code__.co_varnames)
