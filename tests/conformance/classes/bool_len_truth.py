# Truth testing: __bool__, fallback to __len__, errors from bad return types.


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        print("Flag.__bool__", self.on)
        return self.on


class Bag:
    def __init__(self, *items):
        self.items = items

    def __len__(self):
        print("Bag.__len__", len(self.items))
        return len(self.items)


class Plain:
    pass


print(bool(Flag(True)), bool(Flag(False)))
print(bool(Bag()), bool(Bag(1, 2)), bool(Plain()))
if Flag(False) or Bag(0):
    print("branch taken")
print(not Flag(True), type(Flag(False) and "never").__name__, Bag() or "fallback")
print([x for x in [Flag(True), Flag(False), Bag(), Bag(1)] if x].__len__())
while Bag():
    print("never")
print("ternary:", "yes" if Bag("a") else "no")


class Both:
    def __bool__(self):
        return False

    def __len__(self):
        return 10


print(bool(Both()), len(Both()))


class BadBool:
    def __bool__(self):
        return 1


try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)

try:
    if BadBool():
        pass
except TypeError as e:
    print(type(e).__name__, e)


class HugeLen:
    def __len__(self):
        return 2 ** 70


try:
    bool(HugeLen())
except OverflowError as e:
    print(type(e).__name__, e)


class NegLen:
    def __len__(self):
        return -1


try:
    bool(NegLen())
except ValueError as e:
    print(type(e).__name__, e)


class Sub(int):
    def __bool__(self):
        return int(self) > 100


print(bool(Sub(5)), bool(Sub(500)), bool(Sub(0)), Sub(5) + 1)

assert Flag(True), "should pass"
try:
    assert Bag(), "bag empty"
except AssertionError as e:
    print(type(e).__name__, e)
