# Checks exec'd source defining functions and classes, then using them after the exec.

source = '''
def greet(name, punctuation="!"):
    return "Hello, " + name + punctuation

def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)

class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

class Point3(Point):
    dims = 3

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def __repr__(self):
        return "Point3(%r, %r, %r)" % (self.x, self.y, self.z)
'''

ns = {}
exec(source, ns)
print(sorted(k for k in ns if not k.startswith("__")))
print(ns["greet"]("Ada"), ns["greet"]("Bob", "?"))
print(ns["factorial"](6))
Point = ns["Point"]
p = Point(1, 2) + Point(10, 20)
print(p, type(p).__name__, Point.dims)
p3 = ns["Point3"](1, 2, 3)
print(p3, isinstance(p3, Point), ns["Point3"].__mro__[1].__name__)
print("module name of exec'd class:", Point.__module__)
print("function globals are the exec dict:", ns["greet"].__globals__ is ns)
print("qualname:", ns["Point3"].__init__.__qualname__)

print("-- exec at module level defines real module-level names")
exec("def triple(v):\n    return v * 3\n")
print(triple(4), triple.__name__, triple.__module__)

print("-- functions see later changes to the exec dict")
ns2 = {"rate": 2}
exec("def apply(v):\n    return v * rate", ns2)
print(ns2["apply"](5))
ns2["rate"] = 10
print(ns2["apply"](5))

print("-- decorators and closures created by exec")
exec('''
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

def shout(func):
    def wrapper(*args):
        return func(*args).upper()
    return wrapper

@shout
def whisper(text):
    return text
''', ns2)
c = ns2["counter"]()
print(c(), c(), c())
print(ns2["whisper"]("quiet words"))

print("-- a class built in exec then subclassed normally")


class Point4(ns["Point3"]):
    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)


q = Point4(-1, 2, -3)
print(q, q.norm1(), [k.__name__ for k in Point4.__mro__])

print("-- exec with a code object from compile")
code = compile("def cube(v):\n    return v ** 3\n", "<generated>", "exec")
ns3 = {}
exec(code, ns3)
print(ns3["cube"](3), ns3["cube"].__code__.co_filename)
print("-- redefinition in the same namespace replaces the function")
exec("def cube(v):\n    return -v\n", ns3)
print(ns3["cube"](3))
