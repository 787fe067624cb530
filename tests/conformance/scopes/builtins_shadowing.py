# Shadowing builtins with module globals and locals, then un-shadowing.

print(len("abc"), max(1, 5), str(12))

len = lambda obj: "shadowed len"
print(len("abc"))


def uses_len():
    return len([1, 2])


print(uses_len())
del len
print(len("abc"), uses_len())


def local_shadow():
    max = "local max"
    return max


print(local_shadow(), max(3, 4))


def param_shadow(list=None, sum=0):
    return list, sum


print(param_shadow(), param_shadow([1], 2), list("ab"), sum([1, 2]))

print = print  # a module global named print that is the builtin itself
print("still printing")
del print
print("builtin print again")

try:
    del len
except NameError as e:
    print(type(e).__name__, e)


def shadow_in_loop():
    out = []
    for str in ("x", "y"):
        out.append(str)
    return out


print(shadow_in_loop(), str(5))


class Shadowing:
    abs = "class-level abs"

    def method(self):
        return abs(-4)


print(Shadowing.abs, Shadowing().method())


def sometimes_shadowed(flag):
    if flag:
        range = lambda n: ["fake"] * n
    return range(2)


print(sometimes_shadowed(True))
try:
    sometimes_shadowed(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)

sorted_copy = sorted


def sorted(seq):
    return ["custom"] + sorted_copy(seq)


print(sorted([3, 1, 2]))
del sorted
print(sorted([3, 1, 2]))

True_ = True
print(True_, None is None)


def shadow_exception():
    ValueError = KeyError
    try:
        raise ValueError("which one?")
    except KeyError as e:
        return type(e).__name__


print(shadow_exception())
