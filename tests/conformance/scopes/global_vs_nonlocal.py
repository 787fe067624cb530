# Interaction between global and nonlocal declarations in nested functions.

x = "global x"


def outer():
    x = "outer x"

    def uses_global():
        global x
        return x

    def uses_nonlocal():
        nonlocal x
        x = "changed by nonlocal"
        return x

    def plain():
        return x

    results = [uses_global(), plain(), uses_nonlocal(), plain(), uses_global()]
    return results, x


print(outer())
print(x)


def outer2():
    def inner():
        global x
        x = "rebound by inner"

        def innermost():
            return x
        return innermost()
    return inner()


print(outer2(), x)


def outer3():
    y = 1

    def mid():
        global y

        def deep():
            return y
        return deep
    try:
        return mid()()
    except NameError as e:
        return f"{type(e).__name__}: {e}"


print(outer3())
y = "module y"
print(outer3())


def outer4():
    z = "enclosing"

    def mid():
        def deep():
            nonlocal z
            z = z + "+deep"
            return z
        return deep()
    return mid(), z


print(outer4())


def counter_pair():
    global shared
    shared = 0
    local_count = 0

    def bump():
        global shared
        nonlocal local_count
        shared += 1
        local_count += 10
        return shared, local_count
    bump()
    bump()
    return bump()


print(counter_pair(), shared)
