# Nested try statements: which handler catches, and order of finally blocks.
trace = []


def t(msg):
    trace.append(msg)


def nested(kind):
    trace.clear()
    try:
        t("outer try")
        try:
            t("inner try")
            if kind == "value":
                raise ValueError("v")
            if kind == "key":
                raise KeyError("k")
            if kind == "type":
                raise TypeError("t")
            t("inner ok")
        except ValueError:
            t("inner except ValueError")
        finally:
            t("inner finally")
        t("after inner")
    except KeyError:
        t("outer except KeyError")
    finally:
        t("outer finally")
    return " > ".join(trace)


for kind in ["none", "value", "key"]:
    print(kind + ":", nested(kind))
try:
    nested("type")
except TypeError:
    print("type:", " > ".join(trace), "> escaped")


# Exception raised in an inner handler caught by outer handler.
def inner_handler_raises():
    try:
        try:
            raise ValueError("first")
        except ValueError as e:
            raise KeyError("second")
    except KeyError as e:
        return "outer got %r with context %r" % (e, e.__context__)


print(inner_handler_raises())


# Three levels, each adds to a message and re-raises.
def three_levels():
    try:
        try:
            try:
                raise RuntimeError("L3")
            except RuntimeError as e:
                raise RuntimeError(str(e) + "+L2")
        except RuntimeError as e:
            raise RuntimeError(str(e) + "+L1")
    except RuntimeError as e:
        chain = []
        c = e
        while c is not None:
            chain.append(str(c))
            c = c.__context__
        return chain


print(three_levels())


# try inside except inside finally.
def in_finally():
    out = []
    try:
        out.append("body")
    finally:
        try:
            raise IndexError("in finally")
        except IndexError as e:
            out.append("handled " + str(e))
            try:
                out.append(1 / 0)
            except ZeroDivisionError:
                out.append("zero handled")
    return out


print(in_finally())

# Deep nesting inside a loop.
for i in range(4):
    try:
        try:
            if i == 0:
                raise ValueError
            elif i == 1:
                raise OSError
        except ValueError:
            print(i, "inner ValueError")
        else:
            print(i, "inner else")
    except OSError:
        print(i, "outer OSError")
    else:
        print(i, "outer else")
