# An uncaught exception: traceback on stderr, exit code 1.
def divide(a, b):
    return a / b
def compute(values):
    total = 0
    for v in values:
        total += divide(10, v)
    return total
print(compute([1, 2, 5]))
print(compute([1, 0]))
print("not reached")
