# del of names, attributes, subscripts and slices, and the errors they raise.

a = 1
b = 2
del a
try:
    print(a)
except NameError as e:
    print("NameError:", e)
del b,
print("b" in globals())

try:
    del never_defined
except NameError as e:
    print("NameError:", e)


def local_del():
    x = 10
    y = 20
    del x
    try:
        return x
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e) + " | y=" + str(y)


print(local_del())


def del_twice():
    z = 1
    del z
    try:
        del z
    except UnboundLocalError as e:
        return "second del: " + str(e)


print(del_twice())


class Obj:
    cls_attr = "class level"

    def __init__(self):
        self.x = 1
        self.y = 2


o = Obj()
del o.x
print(hasattr(o, "x"), o.y)
try:
    del o.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    del o.cls_attr
except AttributeError as e:
    print("AttributeError:", e)
del Obj.cls_attr
print(hasattr(o, "cls_attr"))

d = {"k1": 1, "k2": 2, "k3": 3}
del d["k2"]
print(d)
try:
    del d["k2"]
except KeyError as e:
    print("KeyError:", e)

lst = list(range(10))
del lst[0]
del lst[-1]
print(lst)
del lst[2:5]
print(lst)
del lst[::2]
print(lst)
try:
    del lst[10]
except IndexError as e:
    print("IndexError:", e)
try:
    del (1, 2)[0]
except TypeError as e:
    print("TypeError:", e)

# Deleting several targets, including nested ones.
m = [[1, 2, 3], [4, 5, 6]]
q = {"a": {"b": 1, "c": 2}}
del m[0][1], q["a"]["b"]
print(m, q)
nums = [0, 1, 2, 3, 4, 5, 6, 7]
del nums[1:7:3]
print(nums)
del nums[:]
print(nums)


# __delitem__ and __delattr__ hooks.
class Hooked:
    def __delitem__(self, key):
        print("delitem", key)

    def __delattr__(self, name):
        print("delattr", name)


h = Hooked()
del h[1:2], h["x"], h.anything
del h[1, 2]

# Loop variable can be deleted and the loop goes on.
for i in range(3):
    del i
print("i" in globals())
