# A local read where some path leaves it unbound must raise UnboundLocalError, and a
# local bound on every path must read normally (the compiler skips checks it proves).
def branches(c):
    if c:
        x = "bound"
    return x


def loop(items):
    for item in items:
        last = item
    return last


def while_else(n):
    while n > 0:
        n -= 1
        if n == 5:
            found = n
            break
    else:
        found = None
    return found


def deleted(c):
    x = 1
    if c:
        del x
    return x


def in_handler(c):
    try:
        if c:
            raise ValueError
        y = 2
    except ValueError:
        return y
    return y


def after_finally(c):
    try:
        z = 1 // c
    finally:
        pass
    return z


def except_name(c):
    try:
        raise KeyError(c)
    except KeyError as e:
        pass
    return e


def both_arms(c):
    if c:
        v = 1
    else:
        v = 2
    return v


def loop_carried(n):
    total = 0
    i = 0
    while i < n:
        total = total + i
        i = i + 1
    return total


def comprehension_scope(xs):
    ys = [y for y in xs]
    return ys, len(xs)


for f, args in [
    (branches, (1,)),
    (branches, (0,)),
    (loop, ([1, 2, 3],)),
    (loop, ([],)),
    (while_else, (10,)),
    (while_else, (3,)),
    (deleted, (0,)),
    (deleted, (1,)),
    (in_handler, (0,)),
    (in_handler, (1,)),
    (after_finally, (1,)),
    (except_name, (1,)),
    (both_arms, (0,)),
    (loop_carried, (5,)),
    (comprehension_scope, ((1, 2),)),
]:
    try:
        print(f.__name__, args, f(*args))
    except NameError as e:
        print(f.__name__, args, type(e).__name__, e)

try:
    after_finally(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(loop([]))
