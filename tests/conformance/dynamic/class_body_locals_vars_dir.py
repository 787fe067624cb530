# Checks locals() in class bodies, vars() with and without arguments, and dir() inside functions.


class Recorder:
    first = 1
    body_keys_early = sorted(k for k in locals() if not k.startswith("__"))
    second = first + 1
    locals()["injected"] = "via locals()"
    body_keys_late = sorted(k for k in locals() if not k.startswith("__"))
    module_seen = locals()["__module__"]
    qualname_seen = locals()["__qualname__"]

    def method(self):
        return sorted(vars(self))


print("early:", Recorder.body_keys_early)
print("late:", Recorder.body_keys_late)
print("injected attribute:", Recorder.injected)
print("module/qualname seen in body:", Recorder.module_seen, Recorder.qualname_seen)


class Outer:
    class Inner:
        seen = locals()["__qualname__"]


print("nested qualname:", Outer.Inner.seen)

print("-- vars(obj) is obj.__dict__")
r = Recorder()
print(vars(r), vars(r) is r.__dict__)
r.a = 1
vars(r)["b"] = 2
print(r.method(), r.b)

print("-- vars(class) is a read-only mappingproxy")
cv = vars(Recorder)
print(type(cv).__name__, "first" in cv, cv["second"])
try:
    cv["new"] = 1
except TypeError as exc:
    print("TypeError:", exc)

print("-- vars() without args inside a function equals locals()")


def f(p, q=3):
    total = p + q
    return sorted(vars().items())


print(f(1))

print("-- vars() on objects without __dict__")
for obj in (1, "s", [], object()):
    try:
        vars(obj)
    except TypeError as exc:
        print("TypeError:", exc)


class Slotted:
    __slots__ = ("x",)


try:
    vars(Slotted())
except TypeError as exc:
    print("slots TypeError:", exc)

print("-- vars(module)")
import math
print(vars(math)["pi"] == math.pi, vars(math) is math.__dict__)

print("-- dir() inside a function lists local names sorted")


def g(alpha, beta=None):
    gamma = 1
    _private = 2
    return dir()


print(g(0))


def h():
    return dir()


print("empty function:", h())

print("-- dir(obj) includes class attributes and instance attributes")
r2 = Recorder()
r2.zz = 0
names = [n for n in dir(r2) if not n.startswith("__")]
print(names)
print("dir(int) contains 'bit_length':", "bit_length" in dir(int))


class CustomDir:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]


print("custom __dir__ sorted:", dir(CustomDir()))

print("-- class body sees earlier names, but methods do not")


class Scoped:
    value = 10
    doubled = value * 2

    def get(self):
        try:
            return value
        except NameError as exc:
            return "NameError: %s" % exc


print(Scoped.doubled, Scoped().get())
