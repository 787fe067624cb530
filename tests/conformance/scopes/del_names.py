# Deleting names at module and function scope.

a = 1
b = [1, 2, 3]
del a
try:
    print(a)
except NameError as e:
    print(type(e).__name__, e)
a = "rebound"
print(a)

del b[0]
print(b)
c, d = 1, 2
del c, d
try:
    print(c)
except NameError as e:
    print(type(e).__name__, e)


def local_del():
    x = 10
    y = x * 2
    del x
    try:
        return x
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e} / y={y}"


print(local_del())


def del_then_reassign():
    v = "first"
    del v
    v = "second"
    return v


print(del_then_reassign())


def del_twice():
    w = 1
    del w
    try:
        del w
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"


print(del_twice())

try:
    del never_defined
except NameError as e:
    print(type(e).__name__, e)


def del_in_loop():
    out = []
    for i in range(3):
        tmp = i * i
        out.append(tmp)
        del tmp
    try:
        tmp
    except NameError as e:
        out.append(type(e).__name__)
    return out, i


print(del_in_loop())


def del_param(p):
    del p
    try:
        return p
    except UnboundLocalError as e:
        return str(e)


print(del_param(5))

items = {"k": 1, "j": 2}
del items["k"]
print(items)


class Obj:
    pass


o = Obj()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
del Obj
try:
    Obj()
except NameError as e:
    print(type(e).__name__, e)


def del_func_itself():
    def helper():
        return 1
    r = helper()
    del helper
    return r, "helper" in dir()


print(del_func_itself())
