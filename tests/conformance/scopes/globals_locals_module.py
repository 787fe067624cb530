# globals() and locals() at module level and inside functions.

alpha = 1
beta = "two"

g = globals()
print(type(g).__name__, g is globals())
print(locals() is globals())
print(g["alpha"], g["beta"], "__name__" in g, g["__name__"])
print(sorted([k for k in g if not k.startswith("__")]))

g["gamma"] = 3.0
print(gamma)
globals()["alpha"] += 10
print(alpha)
del g["beta"]
try:
    beta
except NameError as e:
    print(type(e).__name__, e)


def func_globals():
    return globals() is g, globals()["alpha"]


print(func_globals())


def func_locals(p, q=2):
    r = p + q
    snapshot = locals()
    return sorted(snapshot.items())


print(func_locals(1))


def locals_with_closure():
    captured = "cell value"

    def inner():
        return captured
    names = sorted(locals())
    return names, inner()


print(locals_with_closure())


def set_global_via_dict(name, value):
    globals()[name] = value


set_global_via_dict("dynamic_name", [1, 2])
print(dynamic_name)
print(vars() is globals())
print(sorted([k for k in vars() if k.startswith("d")]))


class K:
    x = 1
    y = x + 1
    names = sorted([k for k in locals() if not k.startswith("__")])


print(K.names)
print(globals().get("missing", "default"), "K" in globals())
