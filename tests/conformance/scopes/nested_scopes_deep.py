# Name resolution through several levels of nested functions (LEGB).

level = "global"


def l1():
    level = "l1"
    only_l1 = "from l1"

    def l2():
        only_l2 = "from l2"

        def l3():
            level = "l3"

            def l4():
                return level, only_l1, only_l2, len("four")
            return l4
        return l3
    return l2


f4 = l1()()()
print(f4())
print(f4.__code__.co_freevars)
print(l1().__code__.co_freevars, l1.__code__.co_cellvars)
print(l1()().__code__.co_freevars, l1()().__code__.co_cellvars)


def chain_nonlocal():
    x = 0

    def a():
        def b():
            def c():
                nonlocal x
                x += 1
                return x
            return c
        return b
    c = a()()
    c()
    c()
    return x, c()


print(chain_nonlocal())


def intermediate_shadow():
    name = "outer"

    def middle():
        name = "middle"

        def inner():
            return name
        return inner()

    def middle_no_shadow():
        def inner():
            return name
        return inner()
    return middle(), middle_no_shadow()


print(intermediate_shadow())


def late_rebinding():
    v = "v1"

    def a():
        def b():
            return v
        return b
    getter = a()
    first = getter()
    v = "v2"
    return first, getter()


print(late_rebinding())


def siblings_share_cell():
    shared = []

    def add(x):
        shared.append(x)

    def replace():
        nonlocal shared
        shared = ["replaced"]

    def get():
        return shared
    add(1)
    add(2)
    before = list(get())
    replace()
    add(3)
    return before, get()


print(siblings_share_cell())


def param_as_cell(p, *args, k="kw", **kwargs):
    def show():
        return p, args, k, kwargs
    return show


sh = param_as_cell(1, 2, 3, extra=4)
print(sh(), sh.__code__.co_freevars)
print(param_as_cell.__code__.co_cellvars)
