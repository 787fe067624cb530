# Late binding of closure variables created in loops.

def build_late():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return fs


def build_default():
    fs = []
    for i in range(3):
        def f(i=i):
            return i
        fs.append(f)
    return fs


def build_factory():
    def make(i):
        def f():
            return i
        return f
    return [make(i) for i in range(3)]


print([f() for f in build_late()])
print([f() for f in build_default()])
print([f() for f in build_factory()])

# Comprehension variable is per-comprehension, but still late bound in closures.
fs = [lambda: k for k in "abc"]
print([f() for f in fs])

# Late binding sees later rebinding of the enclosing variable.
def later():
    items = []
    x = 1
    items.append(lambda: x)
    x = 2
    items.append(lambda: x)
    x = 3
    return [f() for f in items]


print(later())

# While loop with closures
def while_closures():
    out = []
    n = 0
    while n < 4:
        out.append(lambda m=n: m * 10 + n)
        n += 1
    return [f() for f in out]


print(while_closures())

# Nested loops
def grid():
    cells = []
    for r in range(2):
        for c in range(2):
            cells.append(lambda r=r: (r, c))
    return [f() for f in cells]


print(grid())

# Closures in a dict keyed by the loop value
handlers = {}
for name in ["red", "green", "blue"]:
    handlers[name] = lambda suffix, name=name: name + suffix
print(sorted([handlers[k]("!") for k in handlers]))

# After the loop ends, the module-level loop variable is still bound
print(name)
late_global = [lambda: name for _ in range(2)]
name = "changed"
print([f() for f in late_global])
