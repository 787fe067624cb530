# Nested functions, closures, nonlocal, global, late binding.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
print(add5(10), make_adder(-1)(1))
def accumulator():
    total = 0
    def add(x):
        nonlocal total
        total += x
        return total
    return add
acc = accumulator()
acc(10)
print(acc(5))

def late():
    items = []
    for i in range(3):
        items.append(lambda: i)
    return [items[0](), items[1](), items[2]()]
print(late())
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
print(add5.__closure__[0].cell_contents, make_adder.__code__.co_cellvars, add5.__code__.co_freevars)
print(add5.__qualname__, acc.__qualname__)
