# An exception raised at the bottom of a recursion escapes all frames.

def walk(tree, path=()):
    if isinstance(tree, dict):
        total = 0
        for key in sorted(tree):
            total += walk(tree[key], path + (key,))
        return total
    if isinstance(tree, int):
        return tree
    return reject(tree, path)


def reject(value, path):
    raise TypeError(f"bad leaf {value!r} at {'/'.join(path)}")


ok_tree = {"a": 1, "b": {"c": 2, "d": {"e": 3}}}
print(walk(ok_tree))
bad_tree = {"a": 1, "b": {"c": 2, "d": {"e": "three", "f": 4}}}
try:
    walk(bad_tree)
except TypeError as e:
    print("caught:", e)


def countdown(n):
    if n == 0:
        return 1 // n
    return countdown(n - 1) + 1


print(countdown.__name__)
countdown(4)
