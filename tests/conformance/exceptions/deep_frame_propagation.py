# Exceptions crossing many function frames, methods, lambdas and recursion.
import sys

unwound = []


def leaf(n):
    if n == 0:
        raise LookupError("bottom reached")
    return n


def recurse(n):
    try:
        if n == 0:
            return leaf(0)
        return recurse(n - 1) + 1
    finally:
        unwound.append(n)


try:
    recurse(30)
except LookupError as e:
    print("caught:", e, "| frames unwound:", len(unwound), unwound[:3], unwound[-3:])


class Layer:
    def __init__(self, below):
        self.below = below

    def call(self, x):
        if self.below is None:
            return 100 // x
        return self.below.call(x - 1)


stack = None
for _ in range(10):
    stack = Layer(stack)
print(stack.call(20))
try:
    stack.call(9)
except ZeroDivisionError as e:
    print("through 10 methods:", e)

# Through lambdas and higher-order functions.
compose = lambda f, g: lambda x: f(g(x))
inverse = lambda x: 1 / x
minus_three = lambda x: x - 3
pipeline = compose(inverse, minus_three)
print(pipeline(5))
try:
    pipeline(3)
except ZeroDivisionError as e:
    print("through lambdas:", e)

# Through sorted key, map and a builtin calling back into Python.
def key(v):
    return 10 // v


print(sorted([5, 2, 1], key=key))
try:
    sorted([3, 0, 1], key=key)
except ZeroDivisionError as e:
    print("through sorted key:", e)
try:
    list(map(key, [1, 2, 0]))
except ZeroDivisionError as e:
    print("through map:", e)


# Traceback depth of a deeply raised exception.
def depth_chain(n):
    if n == 0:
        raise ValueError("depth")
    depth_chain(n - 1)


try:
    depth_chain(25)
except ValueError:
    tb = sys.exc_info()[2]
    count = 0
    names = []
    while tb is not None:
        count += 1
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("traceback entries:", count, names[0], names[1], names[-1])


# Handler in the middle catches, outer sees nothing.
def middle(n):
    if n == 5:
        try:
            return middle(n - 1)
        except ValueError:
            return "handled at 5"
    if n == 0:
        raise ValueError("from 0")
    return middle(n - 1)


print(middle(12))
