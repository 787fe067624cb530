# Module-level names, deletion, NameError at module level.
x = 10
def read_x():
    return x
print(read_x())
x = 20
print(read_x())
del x
y = [1, 2, 3]
del y[0]
print(y)
print(sorted(["b", "a"]))
print(read_x())
