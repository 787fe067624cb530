# traceback.format_exception_only and friends, without file paths.
import traceback


def only(e):
    return "".join(traceback.format_exception_only(type(e), e))


def only_new_style(e):
    return traceback.format_exception_only(e)


for e in [ValueError("bad value"), KeyError("k"), ZeroDivisionError(), RuntimeError("multi", "args"),
          OSError("plain os error"), StopIteration(3), AssertionError()]:
    print(repr(only(e)))

print(only_new_style(IndexError("new style")))


class Custom(Exception):
    def __str__(self):
        return "custom text"


class Nested:
    class Inner(Exception):
        pass


print(repr(only(Custom())))
print(repr(only(Nested.Inner("qualified"))))


class BrokenStr(Exception):
    def __str__(self):
        raise RuntimeError("no str")


print(repr(only(BrokenStr())))

# Notes are printed after the message.
n = ValueError("with notes")
n.add_note("first note")
n.add_note("second note")
print(only(n), end="")

# format_exception on a caught exception: print only lines without paths.
def fail():
    raise TypeError("in fail")


try:
    fail()
except TypeError as e:
    lines = traceback.format_exception(e)
    print(lines[0], end="")
    print(lines[-1], end="")
    print("entries:", len(lines))

# Chained exceptions: look for the separator lines.
try:
    try:
        {}["a"]
    except KeyError:
        raise ValueError("chained")
except ValueError as e:
    text = "".join(traceback.format_exception(e))
    for line in text.splitlines():
        if not line.startswith(" "):
            print(line)

try:
    try:
        [].pop()
    except IndexError as ie:
        raise LookupError("caused") from ie
except LookupError as e:
    text = "".join(traceback.format_exception(e))
    for line in text.splitlines():
        if not line.startswith(" "):
            print(line)

# TracebackException gives the same last line.
te = traceback.TracebackException.from_exception(KeyError("te"))
print(list(te.format_exception_only()))
print(te.exc_type.__name__)
