# copy.copy and copy.deepcopy of instances: default behaviour, __copy__, __deepcopy__, memo, slots.
import copy


class Node:
    def __init__(self, name, children=None):
        self.name = name
        self.children = children or []

    def __repr__(self):
        return f"Node({self.name}, {self.children})"


tree = Node("root", [Node("a"), Node("b", [Node("c")])])
shallow = copy.copy(tree)
deep = copy.deepcopy(tree)
print(shallow is tree, shallow.children is tree.children, deep.children is tree.children)
deep.children[0].name = "A-deep"
shallow.children[1].name = "B-shallow"
print(tree)
print(deep)

shared = [1, 2]
holder = Node("h", [shared, shared])
dcopy = copy.deepcopy(holder)
print(dcopy.children[0] is dcopy.children[1], dcopy.children[0] is shared)

cyc = Node("cycle")
cyc.children.append(cyc)
cyc2 = copy.deepcopy(cyc)
print(cyc2.children[0] is cyc2, cyc2 is cyc, cyc2.name)


class Tracked:
    def __init__(self, value):
        self.value = value
        self.copies = 0

    def __copy__(self):
        print("__copy__ called")
        new = Tracked(self.value)
        new.copies = self.copies + 1
        return new

    def __deepcopy__(self, memo):
        print("__deepcopy__ called, memo has", len([k for k in memo]) > 0)
        new = Tracked(copy.deepcopy(self.value, memo))
        new.copies = self.copies + 100
        return new


t = Tracked([1, [2, 3]])
t1 = copy.copy(t)
t2 = copy.deepcopy(t)
print(t1.copies, t1.value is t.value, t2.copies, t2.value == t.value, t2.value[1] is t.value[1])


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


s = Slotted([1], 2)
s1 = copy.copy(s)
s2 = copy.deepcopy(s)
print(s1.x is s.x, s2.x is s.x, s2.x, s2.y, type(s2).__name__)


class WithState:
    def __init__(self):
        self.data = {"k": [1]}
        self.cache = "expensive"

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["cache"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = "rebuilt"


w = WithState()
w2 = copy.deepcopy(w)
print(w2.data, w2.cache, w2.data["k"] is w.data["k"])


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __reduce__(self):
        return (Point, (self.x * 10, self.y * 10))


p = copy.copy(Point(1, 2))
print(p.x, p.y)
print(copy.copy(5), copy.deepcopy((1, [2])), copy.copy(Node) is Node)
