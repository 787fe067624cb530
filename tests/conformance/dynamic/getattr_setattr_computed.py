# Checks getattr/setattr/delattr/hasattr with computed attribute names, defaults and hooks.


class Config:
    debug = False

    def __init__(self):
        self.host = "localhost"
        self.port = 8080


cfg = Config()
for field in ["host", "port", "debug"]:
    print(field, "=", getattr(cfg, field))

print("default:", getattr(cfg, "timeout", 30))
try:
    getattr(cfg, "timeout")
except AttributeError as exc:
    print("AttributeError:", exc)

for i in range(3):
    setattr(cfg, "opt_%d" % i, i * 10)
print(sorted(vars(cfg)))
print(cfg.opt_2, hasattr(cfg, "opt_1"), hasattr(cfg, "opt_9"))

delattr(cfg, "opt_1")
print("after delattr:", hasattr(cfg, "opt_1"))
try:
    delattr(cfg, "opt_1")
except AttributeError as exc:
    print("AttributeError:", exc)

print("-- class attribute vs instance attribute")
setattr(cfg, "debug", True)
print(cfg.debug, Config.debug)
delattr(cfg, "debug")
print("falls back to class:", cfg.debug)
try:
    delattr(cfg, "debug")
except AttributeError as exc:
    print("AttributeError:", exc)

print("-- names that are not identifiers still work through setattr")
setattr(cfg, "with space", 1)
setattr(cfg, "123", "digits")
print(getattr(cfg, "with space"), getattr(cfg, "123"), vars(cfg)["123"])

print("-- non-string names are rejected")
for bad in (1, None, b"bytes"):
    try:
        getattr(cfg, bad)
    except TypeError as exc:
        print("TypeError:", exc)

print("-- __getattr__ / __setattr__ / __delattr__ hooks")


class Tracked:
    def __init__(self):
        object.__setattr__(self, "log", [])

    def __getattr__(self, name):
        self.log.append("get " + name)
        if name.startswith("virtual_"):
            return name[len("virtual_"):].upper()
        raise AttributeError("no attribute %r here" % name)

    def __setattr__(self, name, value):
        self.log.append("set " + name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)


t = Tracked()
print(getattr(t, "virtual_" + "name"))
print(hasattr(t, "virtual_x"), hasattr(t, "other"))
print(getattr(t, "missing", "fallback"))
setattr(t, "real", 1)
print(getattr(t, "real"))
delattr(t, "real")
print(t.log)

print("-- hasattr only swallows AttributeError")


class Exploding:
    @property
    def boom(self):
        raise ValueError("property failed")

    @property
    def soft(self):
        raise AttributeError("soft failure")


e = Exploding()
print("hasattr soft:", hasattr(e, "soft"))
try:
    hasattr(e, "boom")
except ValueError as exc:
    print("ValueError:", exc)

print("-- dispatch by computed method name")


class Calculator:
    def op_add(self, a, b):
        return a + b

    def op_mul(self, a, b):
        return a * b

    def run(self, op, a, b):
        method = getattr(self, "op_" + op, None)
        if method is None:
            return "unknown op %s" % op
        return method(a, b)


calc = Calculator()
print([calc.run(op, 3, 4) for op in ("add", "mul", "pow")])
print("-- attributes on functions and modules")


def func():
    pass


setattr(func, "tag", "marked")
print(func.tag, getattr(func, "__name__"))
import math
print(getattr(math, "sq" + "rt")(16.0))
try:
    setattr(1, "x", 1)
except AttributeError as exc:
    print("AttributeError:", exc)
