# `int in list/tuple`: ints in the sequence are compared by value, anything else with
# element == item (the element's __eq__ first, subclasses' reflected ones, side effects
# in order), and a list changed by a comparison is read as it is at each step.


class Loud:
    def __init__(self, answer):
        self.answer = answer

    def __eq__(self, other):
        print("  Loud.__eq__", other)
        return other == self.answer


class Grows:
    def __init__(self, target):
        self.target = target

    def __eq__(self, other):
        self.target.append(other)
        return False


class Int(int):
    def __eq__(self, other):
        print("  Int.__eq__", int(self), other)
        return True

    __hash__ = int.__hash__


big = 2**70
items = [1, 2.0, Loud(7), 2**70, -5, True]
print(2 in items, 7 in items, 8 in items)
print(2**70 in items, big in items, -(2**70) in items, -5 in items, 1 in items)
print(0 in (0.0,), 3 not in (1, 2), 5 in [], 5 in ())
print(1 in [True], 0 in [False], 300 in list(range(1000)), -300 in (-300,))
print(4 in [Int(3)], Int(4) in [3], Int(4) in (3, 4))

grows = [1]
grows.append(Grows(grows))
print(99 in grows, len(grows), grows[-1])


def positions(board, wanted):
    return [i for i, cell in enumerate(board) if wanted in cell]


print(positions([[0, 1], (2, 3), [3, 4], (5,)], 3))

# An element whose comparison fails: the error comes from inside the test.
class Broken:
    def __eq__(self, other):
        raise ValueError("cannot compare with %r" % (other,))


print(1 in [1, Broken()])
print(2 in [1, Broken()])
