# Classes implementing __enter__/__exit__: suppression, exception info, nesting, reuse.


class Tag:
    depth = 0

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("  " * Tag.depth + "<" + self.name + ">")
        Tag.depth += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        Tag.depth -= 1
        print("  " * Tag.depth + "</" + self.name + ">", exc_type.__name__ if exc_type else None)
        return False


with Tag("html"):
    with Tag("body") as body, Tag("p") as p:
        print("    text in", p.name, "inside", body.name)


class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = []

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            self.caught.append(f"{exc_type.__name__}: {exc}")
            return True
        return None


sup = Suppress(KeyError, ZeroDivisionError)
with sup:
    {}["missing"]
print("after first")
with sup:
    1 / 0
with sup:
    pass
print(sup.caught)
try:
    with sup:
        raise ValueError("not suppressed")
except ValueError as e:
    print("escaped:", e)


class Transaction:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log.append("begin")
        self.pending = []
        return self.pending

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.log.append("commit " + ",".join(self.pending))
        else:
            self.log.append("rollback " + str(len(self.pending)) + " due to " + exc_type.__name__)
        return exc_type is RuntimeError


log = []
with Transaction(log) as ops:
    ops.append("a")
    ops.append("b")
with Transaction(log) as ops:
    ops.append("c")
    raise RuntimeError("boom")
print(log)


class Resource:
    def __enter__(self):
        raise OSError("cannot open")

    def __exit__(self, *args):
        print("never called")


try:
    with Resource():
        print("never printed")
except OSError as e:
    print(type(e).__name__, e)


class NoExit:
    def __enter__(self):
        return self


try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)


class ExitRaises:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        raise KeyError("from exit")


try:
    with ExitRaises():
        raise ValueError("original")
except KeyError as e:
    print(type(e).__name__, e, "context:", type(e.__context__).__name__, e.__context__)


def early_return():
    with Tag("func"):
        return "returned value"


print(early_return())
for i in range(3):
    with Tag("loop" + str(i)):
        if i == 1:
            continue
        if i == 2:
            break
