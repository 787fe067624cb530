# TypeError messages for wrong numbers of arguments.

def zero():
    pass


def one(a):
    pass


def two(a, b):
    pass


def opt(a, b=1, c=2):
    pass


def three_req(a, b, c):
    pass


def star(a, *rest):
    pass


def kwo(*, x, y, z=0):
    pass


class C:
    def m(self, a):
        pass

    @staticmethod
    def s(a):
        pass

    @classmethod
    def c(cls, a, b):
        pass


cases = [
    ("zero(1)", lambda: zero(1)),
    ("zero(1, 2)", lambda: zero(1, 2)),
    ("one()", lambda: one()),
    ("one(1, 2)", lambda: one(1, 2)),
    ("two(1)", lambda: two(1)),
    ("two()", lambda: two()),
    ("opt()", lambda: opt()),
    ("opt(1,2,3,4)", lambda: opt(1, 2, 3, 4)),
    ("three_req()", lambda: three_req()),
    ("three_req(1)", lambda: three_req(1)),
    ("star()", lambda: star()),
    ("kwo()", lambda: kwo()),
    ("kwo(y=1)", lambda: kwo(y=1)),
    ("kwo(1)", lambda: kwo(1)),
    ("kwo(1, x=1, y=2)", lambda: kwo(1, x=1, y=2)),
    ("C().m()", lambda: C().m()),
    ("C().m(1, 2)", lambda: C().m(1, 2)),
    ("C.m(1)", lambda: C.m(1)),
    ("C.s()", lambda: C.s()),
    ("C.c(1)", lambda: C.c(1)),
    ("C().c(1, 2, 3)", lambda: C().c(1, 2, 3)),
    ("lambda", lambda: (lambda p, q: 0)(1)),
    ("len()", lambda: len()),
    ("len(1, 2)", lambda: len([], [])),
    ("C(1)", lambda: C(1)),
]
for label, fn in cases:
    try:
        fn()
        print(label, "-> no error")
    except TypeError as e:
        print(label, "->", e)
