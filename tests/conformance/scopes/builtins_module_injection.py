# Adding, overriding and removing names in the builtins module.
import builtins

builtins.shout = lambda s: s.upper() + "!"
print(shout("hello"))


def use_injected():
    return shout("from function")


print(use_injected())

shout = lambda s: "module-level shout wins"
print(shout("x"), use_injected())
del shout
print(use_injected())

del builtins.shout
try:
    use_injected()
except NameError as e:
    print(type(e).__name__, e)

original_len = builtins.len
builtins.len = lambda obj: 42
print(len("abc"))
builtins.len = original_len
print(len("abc"))

print(hasattr(builtins, "print"), builtins.abs(-3), builtins.max([1, 9, 4]))
print(type(builtins).__name__, builtins.__name__)

builtins.CONSTANT = 7


class UsesConstant:
    value = CONSTANT * 2

    def get(self):
        return CONSTANT + 1


print(UsesConstant.value, UsesConstant().get())
print([CONSTANT * i for i in range(3)])
del builtins.CONSTANT
try:
    UsesConstant().get()
except NameError as e:
    print(type(e).__name__, e)

import builtins as b2
print(b2 is builtins)
print(builtins.__dict__["int"]("12") + 1)
print(sorted([n for n in ["len", "print", "nonexistent_thing", "zip"] if hasattr(builtins, n)]))
