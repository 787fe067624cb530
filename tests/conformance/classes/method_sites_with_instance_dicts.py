# Method calls on instances whose __dict__ is materialized: the class's method is
# used only while the instance dict does not hold the name (the dict is consulted on
# every call, as LOAD_METHOD_WITH_DICT would).


class Counter:
    def __init__(self, n):
        self.n = n

    def bump(self, k=1):
        self.n += k
        return self.n

    def describe(self):
        return "Counter(%d)" % self.n


def call_bump(o):
    return o.bump()


def call_describe(o):
    return o.describe()


c = Counter(0)
c.__dict__  # materializes the dict
for _ in range(5):
    call_bump(c)
print(call_describe(c), sorted(c.__dict__))

# An instance attribute shadows the method once it is set...
c.bump = lambda: "shadowed"
print(call_bump(c), call_bump(c))
# ...and the class's method is back when it is deleted.
del c.bump
print(call_bump(c))

# Shadowing through the dict itself, and by a key that is an equal str of another object.
c.__dict__["describe"] = lambda: "from the dict"
print(call_describe(c))
del c.__dict__["describe"]
print(call_describe(c))
key = "".join(["desc", "ribe"])
c.__dict__[key] = lambda: "from an equal key"
print(call_describe(c))
c.__dict__.pop(key)


# A str subclass key equal to the name also shadows (the dict is no longer str-only).
class S(str):
    pass


c.__dict__[S("describe")] = lambda: "from a str subclass key"
print(call_describe(c))
del c.__dict__["describe"]
c.__dict__[1] = "an int key"
print(call_describe(c), call_bump(c))

# Many attributes in different orders: each instance has a dict of its own.
objs = []
for i in range(40):
    o = Counter(i)
    names = ["a%d" % k for k in range(i % 9)]
    for name in reversed(names) if i % 2 else names:
        setattr(o, name, i)
    objs.append(o)
print(sum(call_bump(o) for o in objs))
objs[7].bump = lambda: -1000
print(sum(call_bump(o) for o in objs))

# The dict replaced wholesale, and the method changed on the class.
c.__dict__ = {"n": 100}
print(call_bump(c))
Counter.bump = lambda self: "class replaced"
print(call_bump(c), call_bump(objs[3]), call_bump(objs[7]))

# A shadowing value that is not callable fails at the call, with the instance's value.
c.describe = "not callable"
call_describe(c)
