# Class pattern TypeErrors: too many positional sub-patterns, __match_args__ not a tuple, non-type callee, duplicates.
import builtins


class Pair:
    __match_args__ = ("left", "right")

    def __init__(self, left, right):
        self.left, self.right = left, right


class ListArgs:
    __match_args__ = ["a", "b"]
    a, b = 1, 2


class StrArgs:
    __match_args__ = "ab"
    a = b = 0


class Plain:
    x = 1


def try_match(label, func):
    try:
        result = func()
        print(f"{label}: no error, result={result!r}")
    except TypeError as e:
        print(f"{label}: TypeError: {e}")


def too_many():
    match Pair(1, 2):
        case Pair(a, b, c):
            return "three"


def plain_positional():
    match Plain():
        case Plain(value):
            return value


def list_match_args():
    match ListArgs():
        case ListArgs(x):
            return x


def list_match_args_keyword_only():
    # __match_args__ is only consulted when positional sub-patterns are present
    match ListArgs():
        case ListArgs(a=x):
            return x


def str_match_args():
    match StrArgs():
        case StrArgs(x):
            return x


def non_type_function():
    match 5:
        case builtins.len():
            return "len"


def non_type_instance():
    match 5:
        case Holder.instance():
            return "instance"


class Holder:
    instance = Pair(0, 0)
    cls = Pair


def type_via_attribute():
    match Pair(7, 8):
        case Holder.cls(l, r):
            return (l, r)


def duplicate_keyword():
    match Pair(1, 1):
        case Pair(left, left=other):
            return "dup"


def error_only_when_reached():
    # the bad pattern is never evaluated because an earlier case matches
    match Pair(1, 2):
        case Pair(a, b):
            return "earlier case"
        case Pair(a, b, c, d):
            return "unreachable"


def error_skipped_by_isinstance():
    # the subject is not a Pair, so the positional count is never checked
    match "not a pair":
        case Pair(a, b, c):
            return "no"
        case _:
            return "fell through"


for name, fn in [("too_many", too_many), ("plain_positional", plain_positional),
                 ("list_match_args", list_match_args),
                 ("list_match_args_keyword_only", list_match_args_keyword_only),
                 ("str_match_args", str_match_args), ("non_type_function", non_type_function),
                 ("non_type_instance", non_type_instance), ("type_via_attribute", type_via_attribute),
                 ("duplicate_keyword", duplicate_keyword),
                 ("error_only_when_reached", error_only_when_reached),
                 ("error_skipped_by_isinstance", error_skipped_by_isinstance)]:
    try_match(name, fn)

# repeated keyword is rejected at compile time
try:
    compile("match p:\n    case Pair(left=a, left=b):\n        pass\n", "<cls>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# positional after keyword is a syntax error
try:
    compile("match p:\n    case Pair(left=a, b):\n        pass\n", "<cls>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
