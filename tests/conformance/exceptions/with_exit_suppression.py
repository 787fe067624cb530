# __exit__ return values decide whether the exception is suppressed.


class Suppress:
    def __init__(self, result, only=None):
        self.result = result
        self.only = only

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        if t is None:
            print("  exit: clean")
            return self.result
        if self.only is not None and not issubclass(t, self.only):
            print("  exit: not mine", t.__name__)
            return False
        print("  exit: got", t.__name__, v.args, "returning", repr(self.result))
        return self.result


def attempt(result, exc, only=None):
    try:
        with Suppress(result, only):
            if exc is not None:
                raise exc
            print("  body completed")
        print("  after with")
        return "normal"
    except Exception as e:
        return "escaped " + type(e).__name__


for result in [True, False, None, 1, 0, "yes", "", [0], []]:
    print(repr(result), "->", attempt(result, ValueError("x")))

print(attempt(True, None))
print(attempt(True, KeyError("k"), only=LookupError))
print(attempt(True, TypeError("t"), only=LookupError))


# Suppressed exception: variables assigned before the raise keep values.
def partial():
    x = "unset"
    with Suppress(True):
        x = "set"
        raise RuntimeError
        x = "never"
    return x


print(partial())


# A suppressing manager inside a loop, counting suppressed errors.
class Counter:
    def __init__(self):
        self.count = 0

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        if t is not None:
            self.count += 1
        return True


c = Counter()
for i in range(6):
    with c:
        if i % 2:
            raise ValueError(i)
        print("even", i)
print("suppressed", c.count)


# __exit__ receives the exception instance and traceback.
class Inspect:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("  type is class of value:", type(v) is t, "tb given:", tb is not None)
        return isinstance(v, ZeroDivisionError)


with Inspect():
    1 / 0
print("zero division suppressed")
try:
    with Inspect():
        [][0]
except IndexError as e:
    print("index error escaped:", e)
