# UnboundLocalError: a name assigned anywhere in a function is local everywhere in it.

total = 100


def read_before_assign():
    try:
        print(total)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    total = 5
    return total


print(read_before_assign())


def augmented():
    total += 1
    return total


try:
    augmented()
except UnboundLocalError as e:
    print(type(e).__name__, e)


def conditional(flag):
    if flag:
        result = "set"
    return result


print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)


def loop_never_runs():
    for item in []:
        pass
    return item


try:
    loop_never_runs()
except UnboundLocalError as e:
    print(type(e).__name__, e)


def assigned_in_except():
    try:
        pass
    except ValueError:
        err = "never"
    return err


try:
    assigned_in_except()
except UnboundLocalError as e:
    print(type(e).__name__, e)


def import_later():
    try:
        return math.pi
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    import math
    return round(math.pi, 3)


print(import_later())


def closure_unbound():
    def inner():
        return later_var
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    later_var = 1
    return inner()


print(closure_unbound())


def nested_def_later():
    try:
        helper()
    except UnboundLocalError as e:
        print(type(e).__name__, e)

    def helper():
        return "ok"
    return helper()


print(nested_def_later())
print(issubclass(UnboundLocalError, NameError))


def with_walrus():
    try:
        print(n)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    if (n := 3) > 2:
        return n


print(with_walrus())
