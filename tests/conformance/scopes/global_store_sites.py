# Stores to globals from functions: the same site storing again and again while the
# module's namespace grows, shrinks, is edited through globals(), and while a replaced
# value's __del__ reads the namespace back.
counter = 0


def bump(n):
    global counter
    for _ in range(n):
        counter = counter + 1
    return counter


print(bump(5), bump(3), counter)


def set_value(v):
    global value
    value = v


set_value(1)
print(value)
for i in range(3):
    set_value(i * 10)
    globals()["extra_%d" % i] = i  # new keys: the store site's cache must refill
    print(value, sorted(k for k in globals() if k.startswith("extra_")))
del value
try:
    print(value)
except NameError as e:
    print("NameError", e)
set_value("back")
print(value)
globals()["value"] = "edited"
print(value)
set_value("again")
print(globals()["value"])
same = object()
set_value(same)
set_value(same)
print(value is same)


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, "while value is", getattr(value, "name", value))


set_value(Noisy("first"))
set_value(Noisy("second"))
set_value(None)


def in_exec():
    ns = {"__builtins__": __builtins__}
    exec("def f(v):\n    global g\n    g = v\n    return g\n", ns)
    print(ns["f"](1), ns["f"](2), ns["g"])


in_exec()


def nested():
    def inner(v):
        global counter
        counter = v
    inner(100)
    inner(200)


nested()
print(counter)


class Body:
    global from_class
    from_class = "set in a class body"


print(from_class)
for step in range(4):
    if step % 2:
        del counter
    else:
        counter = step
    print(step, globals().get("counter"))


def store_and_fail():
    global counter
    counter = 1
    counter = undefined_name


store_and_fail()
