# Messages of exceptions raised by built-in operations.


def attempt(label, fn):
    try:
        result = fn()
        print(label, "->", repr(result))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


class Thing:
    __slots__ = ("a",)


thing = Thing()
five = 5
zero_str = "0"

attempt("dict missing key", lambda: {"a": 1}["b"])
attempt("dict int key", lambda: {}[42])
attempt("dict tuple key", lambda: {}[(1, 2)])
attempt("list index", lambda: [1, 2, 3][3])
attempt("list neg index", lambda: [1][-2])
attempt("tuple index", lambda: (1,)[5])
attempt("str index", lambda: "abc"[10])
attempt("list str index", lambda: [1, 2][zero_str])
attempt("int div zero", lambda: 1 / 0)
attempt("int floordiv zero", lambda: 1 // 0)
attempt("int mod zero", lambda: 5 % 0)
attempt("float div zero", lambda: 1.5 / 0)
attempt("float floordiv zero", lambda: 1.5 // 0.0)
attempt("divmod zero", lambda: divmod(3, 0))
attempt("pow zero negative", lambda: 0 ** -1)
attempt("missing attribute", lambda: (5).missing)
attempt("module attribute", lambda: __import__("math").nope)
attempt("slot unset", lambda: thing.a)
attempt("str + int", lambda: "a" + 1)
attempt("int + str", lambda: 1 + "a")
attempt("list + tuple", lambda: [1] + (2,))
attempt("unary minus str", lambda: -"x")
attempt("compare lt", lambda: 1 < "x")
attempt("call int", lambda: five())
attempt("not subscriptable", lambda: five[0])
attempt("not iterable", lambda: list(5))
attempt("unhashable", lambda: {[1]: 2})
attempt("len of int", lambda: len(5))
attempt("int parse", lambda: int("12a"))
attempt("int base", lambda: int("z", 10))
attempt("float parse", lambda: float("1.2.3"))
attempt("list.remove", lambda: [1, 2].remove(3))
attempt("list.index", lambda: [1, 2].index(9))
attempt("str.index", lambda: "abc".index("z"))
attempt("pop empty list", lambda: [].pop())
attempt("pop empty dict", lambda: {}.popitem())
attempt("set remove", lambda: set().remove(1))
attempt("too many values", lambda: [a for a, b in [(1, 2, 3)]])
attempt("not enough values", lambda: [a for a, b, c in [(1, 2)]])
attempt("chr range", lambda: chr(-1))
attempt("math sqrt", lambda: __import__("math").sqrt(-1))
attempt("int too big for float", lambda: float(10 ** 400))
attempt("str * float", lambda: "ab" * 1.5)
attempt("keyword unexpected", lambda: sorted([], bad=1))
attempt("next on list", lambda: next([1]))
attempt("iter exhausted", lambda: next(iter([])))
attempt("tuple assignment", lambda: (1, 2).__setitem__(0, 5))
attempt("int() with base on int", lambda: int(5, 2))
attempt("round non-number", lambda: round("1"))
