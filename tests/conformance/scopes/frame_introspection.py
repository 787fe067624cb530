import sys, collections, inspect, enum
X = 5
def f(a, b=2):
    c = a + b
    def g():
        return c
    print(sorted(locals().keys()), locals()['a'], vars()['c'], dir())
    print(sys._getframe().f_code.co_name, sys._getframe().f_lineno, sys._getframe(1).f_code.co_name)
    print(inspect.currentframe().f_back.f_lineno)
    return g
print("x")
f(1)
print('X' in globals(), globals()['X'], locals() is globals())
P = collections.namedtuple('P', 'x y')
print(P, P.__module__, P(1, 2))
T = type('T', (), {'a': 1})
print(T, T.__module__)
Color = enum.Enum('Color', 'RED GREEN')
print(Color.RED, Color.__module__)
class C:
    z = 3
    print(sorted(locals().keys()))
    def m(self):
        return sys._getframe().f_code.co_qualname
print(C().m())
def rec(n):
    return rec(n + 1)
try:
    rec(0)
except RecursionError as e:
    print("recursion", e)
