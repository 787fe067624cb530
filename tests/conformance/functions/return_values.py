# Return statements: implicit None, multiple values, early return, try/finally.

def nothing():
    pass


def bare_return():
    return


def multiple():
    return 1, "two", [3]


def early(n):
    if n < 0:
        return "negative"
    for i in range(n):
        if i * i > n:
            return i
    return None


def finally_overrides():
    try:
        return "from try"
    finally:
        print("finally runs")


def finally_wins():
    try:
        return "try"
    finally:
        return "finally"


def return_in_loop_with_else(items):
    for x in items:
        if x == "stop":
            return "stopped"
    else:
        return "exhausted"


def return_from_except():
    try:
        raise KeyError("k")
    except KeyError as e:
        return f"handled {e}"
    finally:
        print("cleanup")


def returns_function():
    def inner():
        return "inner result"
    return inner


print(nothing(), bare_return())
a, b, c = multiple()
print(a, b, c, type(multiple()).__name__)
first, *rest = multiple()
print(first, rest)
print([early(n) for n in (-5, 0, 1, 10, 30)])
print(finally_overrides())
print(finally_wins())
print(return_in_loop_with_else(["a", "stop"]), return_in_loop_with_else([]))
print(return_from_except())
print(returns_function()())


def swap(x, y):
    return y, x


print(swap(*swap(1, 2)))


def count_returns(n):
    results = []
    def classify(k):
        if k % 15 == 0:
            return "FizzBuzz"
        elif k % 5 == 0:
            return "Buzz"
        elif k % 3 == 0:
            return "Fizz"
        return k
    for k in range(1, n + 1):
        results.append(classify(k))
    return results


print(count_returns(16))


def nested_return():
    for i in range(3):
        for j in range(3):
            if i * j == 2:
                return (i, j)
    return "none"


print(nested_return())
