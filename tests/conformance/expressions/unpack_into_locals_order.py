# Unpacking into locals: every item is taken before the first store, and the stores
# (with their old values' finalizers) happen left to right.
import sys


class Noisy:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Noisy(%d)" % self.n

    def __del__(self):
        seen = sys._getframe(1).f_locals
        print("del", self.n, "a =", seen.get("a"), "b =", seen.get("b"))


def swap_in_place():
    a = Noisy(1)
    b = Noisy(2)
    a, b = b, a
    print(a, b)
    a, b = [10, 20]
    print(a, b)


def self_referencing():
    a = (Noisy(3), 4)
    a, b = a
    print(a, b)
    del a


class Shrinking(list):
    pass


def list_changed_by_finalizer():
    items = [1, 2]

    class Grab:
        def __del__(self):
            items.append("late")

    a = Grab()
    a, b = items
    print(a, b, items)


swap_in_place()
self_referencing()
list_changed_by_finalizer()
for bad in ([1, 2, 3], [1], 5, "ab", iter([7, 8])):
    try:
        a, b = bad
        print("ok", a, b)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


def fails():
    x, y = [1, 2, 3]


fails()
