# Checks globals() at module level and inside functions, and creating module names by mutating it.

print("globals() is the module dict:", globals() is globals())
print("__name__:", globals()["__name__"])
standard = sorted(k for k in globals() if k.startswith("__") and k in (
    "__name__", "__doc__", "__builtins__", "__spec__", "__loader__", "__package__"))
print("standard keys present:", standard)
print("__doc__:", __doc__)

globals()["dynamic_name"] = "set via globals()"
print(dynamic_name)

for i in range(3):
    globals()["var_%d" % i] = i * i
print(var_0, var_1, var_2)


def read_global():
    return globals()["dynamic_name"], globals() is read_global.__globals__


print(read_global())


def create_global(name, value):
    globals()[name] = value


create_global("from_function", [1, 2])
print("from_function:", from_function)


def uses_later_global():
    return later_defined * 2


try:
    uses_later_global()
except NameError as exc:
    print("NameError:", exc)
globals().update(later_defined=21)
print("after update:", uses_later_global())

print("-- deleting through globals()")
del globals()["dynamic_name"]
try:
    print(dynamic_name)
except NameError as exc:
    print("NameError:", exc)

print("-- global statement vs globals()")
counter = 0


def bump_with_statement():
    global counter
    counter += 1


def bump_with_dict():
    globals()["counter"] += 10


bump_with_statement()
bump_with_dict()
bump_with_statement()
print("counter:", counter)

print("-- function defined at runtime via globals()")


def make(name):
    def generated():
        return "I am " + name
    generated.__name__ = name
    globals()[name] = generated


make("alpha")
make("beta")
print(alpha(), beta(), alpha.__name__)

print("-- names in globals in insertion order after a marker")
marker_keys = list(globals())
start = marker_keys.index("var_0")
print(marker_keys[start:start + 3])

print("-- shadowing a builtin via globals() and removing it")
globals()["len"] = lambda obj: -1
print(len("abc"))
del globals()["len"]
print(len("abc"))

print("-- globals() of a class method is still the module")


class Thing:
    def module_names(self):
        return "Thing" in globals(), "module_names" in globals()


print(Thing().module_names())
print("-- copies are not live")
snapshot = dict(globals())
new_after_snapshot = True
print("new_after_snapshot" in snapshot, "new_after_snapshot" in globals())
