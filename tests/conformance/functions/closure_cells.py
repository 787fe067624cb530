# Closures: cells, __closure__ and cell_contents.

def make_counter(start=0):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count

    def get():
        return count

    return inc, get


inc, get = make_counter(10)
print(inc(), inc(5), get())
print(inc.__code__.co_freevars, get.__code__.co_freevars)
print(len(inc.__closure__), type(inc.__closure__[0]).__name__)
print(inc.__closure__[0].cell_contents)
print(inc.__closure__[0] is get.__closure__[0])

inc2, get2 = make_counter()
inc2()
print(get(), get2())


def no_closure():
    return 1


print(no_closure.__closure__)


def multi(a, b):
    c = a * b

    def use():
        return a, b, c

    return use


u = multi(3, 4)
print(u.__code__.co_freevars)
print([cell.cell_contents for cell in u.__closure__])
print(multi.__code__.co_cellvars)


def modifiable():
    x = "before"

    def read():
        return x

    x = "after"
    return read


print(modifiable()())


def empty_cell():
    def read():
        return value
    try:
        read()
    except NameError as e:
        print(type(e).__name__, e)
    cell = read.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print(type(e).__name__, e)
    value = 42
    print(read(), cell.cell_contents)
    del value
    try:
        read()
    except NameError as e:
        print(type(e).__name__, e)


empty_cell()


def setter_demo():
    v = 1

    def get():
        return v
    get.__closure__[0].cell_contents = 99
    return get(), v


print(setter_demo())


def closure_over_param(items):
    def total():
        s = 0
        for i in items:
            s += i
        return s
    items.append(100)
    return total


print(closure_over_param([1, 2, 3])())
