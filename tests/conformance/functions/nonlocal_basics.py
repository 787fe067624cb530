# nonlocal: rebinding names in enclosing function scopes.

def accumulator():
    total = 0
    history = []

    def add(n):
        nonlocal total
        total += n
        history.append(total)
        return total

    def reset():
        nonlocal total, history
        total = 0
        history = []

    def state():
        return total, history

    return add, reset, state


add, reset, state = accumulator()
add(5)
add(7)
print(state())
reset()
print(state())
add(1)
print(state())


def chain():
    x = "outer"

    def level1():
        x = "level1"

        def level2():
            nonlocal x
            x = "set by level2"
        level2()
        return x

    r = level1()
    return r, x


print(chain())


def skip_level():
    v = 0

    def a():
        def b():
            nonlocal v
            v += 1
        b()
        b()
    a()
    return v


print(skip_level())


def nonlocal_in_loop():
    count = 0

    def bump():
        nonlocal count
        count += 1

    for _ in range(10):
        bump()
    return count


print(nonlocal_in_loop())


def swap_pair():
    a, b = 1, 2

    def swap():
        nonlocal a, b
        a, b = b, a

    swap()
    first = (a, b)
    swap()
    return first, (a, b)


print(swap_pair())


def nonlocal_del():
    item = "present"

    def remove():
        nonlocal item
        del item

    def look():
        return item

    remove()
    try:
        look()
    except NameError as e:
        print(type(e).__name__, e)
    item = "back"
    return look()


print(nonlocal_del())


def fib_gen():
    a, b = 0, 1

    def nxt():
        nonlocal a, b
        r = a
        a, b = b, a + b
        return r
    return nxt


n = fib_gen()
print([n() for _ in range(12)])


def augmented():
    s = "a"
    lst = [1]

    def go():
        nonlocal s
        s *= 3
        lst.append(2)  # no nonlocal needed for mutation
    go()
    return s, lst


print(augmented())
