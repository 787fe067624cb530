# Instances whose __dict__ is a real dict (materialized, or attributes added in
# different orders): attribute sites must follow every change to that dict.


class Node:
    def __init__(self, v):
        self.v = v


def get_v(o):
    return o.v


def set_v(o, x):
    o.v = x


a = Node(1)
a.__dict__  # materializes the dict
for i in range(3):
    set_v(a, get_v(a) + i)
print(get_v(a), a.__dict__)
# The dict is rebuilt: keys move to other entries.
a.__dict__.clear()
a.w = 0
a.v = 10
print(get_v(a), a.__dict__)
del a.v
try:
    get_v(a)
except AttributeError as e:
    print("AttributeError:", e)
a.__dict__["v"] = "direct"
print(get_v(a))
set_v(a, "stored")
print(a.__dict__)

# Many attributes, added in different orders, defeat the shared keys.
objs = []
for i in range(20):
    o = Node(i)
    names = ["a%d" % k for k in range(i % 7)]
    for n in reversed(names) if i % 2 else names:
        setattr(o, n, i)
    objs.append(o)
print(sum(get_v(o) for o in objs))
for o in objs:
    set_v(o, get_v(o) * 2)
print([get_v(o) for o in objs])


# A data descriptor added later wins over the instance dict.
class P:
    pass


p = P()
p.__dict__["v"] = "instance"
print(get_v(p), get_v(p))
P.v = property(lambda self: "property")
print(get_v(p))
del P.v
print(get_v(p))
# vars() and __dict__ replaced wholesale.
p.__dict__ = {"v": "replaced"}
print(get_v(p))
set_v(p, "again")
print(vars(p))
