# Ends with an uncaught exception raised many frames deep, through methods and recursion.


class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def total(self):
        result = self.value
        for child in self.children:
            result += child.total()
        return result

    def ratio(self, divisor):
        return scale(self.total(), divisor)


def scale(amount, divisor):
    return check(amount) / divisor


def check(amount):
    if amount > 50:
        raise OverflowError("amount %d over limit" % amount)
    return amount


def countdown(n, tree):
    if n == 0:
        return tree.ratio(2)
    return countdown(n - 1, tree)


small = Node(1, [Node(2), Node(3, [Node(4)])])
print(countdown(3, small))
big = Node(10, [Node(20), Node(30, [Node(40)])])
print(countdown(4, big))
