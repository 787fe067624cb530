# collections.deque and custom Sequence types (subclass or register) match sequence patterns; plain iterables do not.
import collections
import collections.abc


class Span(collections.abc.Sequence):
    """A Sequence subclass: only __len__ and __getitem__ are required."""

    def __init__(self, start, stop):
        self.start, self.stop = start, stop

    def __len__(self):
        return max(0, self.stop - self.start)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self.start + index


class Registered:
    """Not a subclass, but registered as a virtual Sequence."""

    def __init__(self, *items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]


collections.abc.Sequence.register(Registered)


class NotRegistered:
    """Has the same methods but is not a Sequence as far as match is concerned."""

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return "item"


def examine(obj):
    match obj:
        case []:
            return "empty"
        case [a]:
            return f"one: {a}"
        case [a, b]:
            return f"two: {a}, {b}"
        case [a, *rest, z]:
            return f"first {a}, rest {rest}, last {z}"
        case _:
            return "not matched as a sequence"


d = collections.deque([1, 2, 3, 4])
print("deque:", examine(d))
print("empty deque:", examine(collections.deque()))
print("deque pair:", examine(collections.deque("xy")))

print("Span(5, 7):", examine(Span(5, 7)))
print("Span(0, 5):", examine(Span(0, 5)))
print("Span(10, 11):", examine(Span(10, 11)))
print("Span(3, 3):", examine(Span(3, 3)))

print("Registered:", examine(Registered("p", "q", "r")))
print("Registered single:", examine(Registered("solo")))
print("NotRegistered:", examine(NotRegistered()))

# UserList is a MutableSequence
print("UserList:", examine(collections.UserList([9, 8])))

# a namedtuple is a tuple, so it matches both sequence and class patterns
Point = collections.namedtuple("Point", "x y")
match Point(3, 4):
    case [x, y]:
        print("namedtuple as sequence:", x, y)
match Point(3, 4):
    case Point(x=px, y=py):
        print("namedtuple as class:", px, py)

# dict views and OrderedDict are not sequences
od = collections.OrderedDict(a=1)
for obj in [od, od.keys(), od.values(), collections.Counter("aab")]:
    print(type(obj).__name__, "->", examine(obj))
