# return inside finally overrides the try's return value and swallows exceptions.


def try_returns():
    try:
        return "try"
    finally:
        print("  finally runs")


def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"


def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


def except_return_overridden():
    try:
        raise KeyError("k")
    except KeyError:
        return "except"
    finally:
        return "finally wins"


def else_return_overridden():
    try:
        pass
    except Exception:
        return "except"
    else:
        return "else"
    finally:
        print("  finally after else return")


def return_value_evaluated_first():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("  x changed to", x)


def mutable_return():
    items = [1]
    try:
        return items
    finally:
        items.append(2)


def conditional_finally_return(flag):
    try:
        raise RuntimeError("maybe")
    finally:
        if flag:
            return "flag set"


def nested_finally_returns():
    try:
        try:
            return "inner try"
        finally:
            return "inner finally"
    finally:
        print("  outer finally sees nothing to change")


def counter_in_finally():
    n = 0
    for i in range(3):
        try:
            n += 1
            if i == 1:
                return n
        finally:
            n += 10
            print("  n =", n)
    return n


print(try_returns())
print(finally_overrides())
print(finally_swallows())
print(except_return_overridden())
print(else_return_overridden())
print(return_value_evaluated_first())
print(mutable_return())
print(conditional_finally_return(True))
try:
    print(conditional_finally_return(False))
except RuntimeError as e:
    print("propagated:", e)
print(nested_finally_returns())
print(counter_in_finally())
