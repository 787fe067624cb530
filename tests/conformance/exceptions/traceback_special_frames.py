# Frame names and line numbers in tracebacks from comprehensions, lambdas, class bodies,
# dunder methods, properties, decorators and nested functions.


def walk(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append("%s:%d" % (tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def attempt(label, fn):
    try:
        fn()
    except Exception as e:
        print(label, type(e).__name__, walk(e)[1:])


def in_listcomp():
    return [10 // x for x in [2, 1, 0]]


def in_dictcomp():
    return {k: {}[k] for k in "ab"}


def in_setcomp():
    return {int(s) for s in ["1", "two"]}


def nested_comp():
    return [[1 // (i - j) for j in range(2)] for i in range(2)]


attempt("listcomp", in_listcomp)
attempt("dictcomp", in_dictcomp)
attempt("setcomp", in_setcomp)
attempt("nested comp", nested_comp)
attempt("lambda", lambda: (lambda v: v.missing)(3))


def make_class():
    class Inner:
        x = 1
        y = x / 0
    return Inner


attempt("class body", make_class)


class Vec:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Vec(self.v + other.v)

    def __getitem__(self, i):
        return [self.v][i]

    @property
    def half(self):
        return self.v / 0


attempt("dunder add", lambda: Vec(1) + 5)
attempt("getitem", lambda: Vec(1)[3])
attempt("property", lambda: Vec(2).half)


def deco(fn):
    def wrapper(*args):
        return fn(*args)
    return wrapper


@deco
def decorated(x):
    return x["key"]


attempt("decorated", lambda: decorated({}))


def outer():
    def middle():
        def inner():
            raise LookupError("innermost")
        return inner()
    return middle()


attempt("nested functions", outer)


def keyfunc(v):
    return v.lower()


attempt("through sorted", lambda: sorted(["a", 1], key=keyfunc))


class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return 1 / 0


def with_exit():
    with Ctx():
        pass


def with_exit_after_body_error():
    with Ctx():
        raise KeyError("body")


attempt("with exit clean", with_exit)
attempt("with exit after error", with_exit_after_body_error)


def multi_line_call():
    return int(
        "not a number"
    )


attempt("multi-line", multi_line_call)
