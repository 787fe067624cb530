# Checks recursion through `yield from`: tree walkers, permutations, flattening, and pre/post order.


class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def preorder(self):
        yield self.value
        for child in self.children:
            yield from child.preorder()

    def postorder(self):
        for child in self.children:
            yield from child.postorder()
        yield self.value

    def with_depth(self, depth=0):
        yield depth, self.value
        for child in self.children:
            yield from child.with_depth(depth + 1)

    def leaves(self):
        if not self.children:
            yield self.value
            return 1
        count = 0
        for child in self.children:
            count += yield from child.leaves()
        return count


tree = Tree("root", Tree("a", Tree("a1"), Tree("a2")), Tree("b"), Tree("c", Tree("c1", Tree("c1x"))))
print("pre:", list(tree.preorder()))
print("post:", list(tree.postorder()))
for depth, value in tree.with_depth():
    print("  " * depth + value)

leaf_gen = tree.leaves()
leaf_names = []
while True:
    try:
        leaf_names.append(next(leaf_gen))
    except StopIteration as stop:
        print("leaves:", leaf_names, "count returned:", stop.value)
        break


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, head in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [head] + rest


print([''.join(p) for p in permutations("abc")])
print("count of 4-permutations:", sum(1 for _ in permutations([1, 2, 3, 4])))


def flatten(obj):
    if isinstance(obj, (list, tuple)):
        for item in obj:
            yield from flatten(item)
    else:
        yield obj


print(list(flatten([1, [2, (3, [4, []])], [[5]], 6])))


def subsets(items):
    if not items:
        yield ()
        return
    for rest in subsets(items[1:]):
        yield rest
        yield (items[0],) + rest


print(sorted(subsets((1, 2, 3)), key=lambda s: (len(s), s)))


def hanoi(n, src, dst, via):
    if n == 0:
        return
    yield from hanoi(n - 1, src, via, dst)
    yield (n, src, dst)
    yield from hanoi(n - 1, via, dst, src)


moves = list(hanoi(3, "A", "C", "B"))
print(len(moves), moves[:4])


def walk_dict(d, prefix=""):
    for key in d:
        path = prefix + "/" + key
        if isinstance(d[key], dict):
            yield from walk_dict(d[key], path)
        else:
            yield path, d[key]


config = {"db": {"host": "h", "port": 5}, "debug": True, "paths": {"logs": {"dir": "x"}}}
for path, value in walk_dict(config):
    print(path, "=", value)

print("-- lazy: only the needed part of a deep tree is visited")


def numbers_tree(depth):
    if depth == 0:
        print("  reached a leaf")
        yield depth
        return
    yield from numbers_tree(depth - 1)
    yield depth


gen = numbers_tree(3)
print(next(gen), next(gen))
