# except* with ExceptionGroup: splitting, nested groups, remainder re-raised.


def fmt(eg):
    if isinstance(eg, BaseExceptionGroup):
        return "%s(%r, [%s])" % (type(eg).__name__, eg.message, ", ".join([fmt(x) for x in eg.exceptions]))
    return "%s(%r)" % (type(eg).__name__, eg.args[0] if eg.args else None)


def run(group):
    try:
        raise group
    except* ValueError as e:
        print("  ValueError part:", fmt(e))
    except* (KeyError, IndexError) as e:
        print("  lookup part:", fmt(e))
    except* OSError:
        print("  OSError part (no name)")


print("all handled:")
run(ExceptionGroup("g1", [ValueError("v1"), KeyError("k1"), ValueError("v2"), OSError("o")]))

print("nested:")
run(ExceptionGroup("outer", [ValueError("top"), ExceptionGroup("inner", [IndexError("i"), ValueError("deep")])]))

print("with remainder:")
try:
    run(ExceptionGroup("mixed", [ValueError("v"), TypeError("t1"), ExceptionGroup("sub", [TypeError("t2")])]))
except ExceptionGroup as rest:
    print("  remainder:", fmt(rest))

print("naked exception:")
try:
    raise KeyError("naked")
except* KeyError as e:
    print("  wrapped:", fmt(e))

print("naked unmatched stays naked:")
try:
    try:
        raise ZeroDivisionError("zd")
    except* ValueError:
        print("  never")
except ZeroDivisionError as e:
    print("  got plain", repr(e))

print("handler raises new exception:")
try:
    try:
        raise ExceptionGroup("src", [ValueError("a"), KeyError("b")])
    except* ValueError:
        raise RuntimeError("from handler")
    except* KeyError:
        print("  KeyError still handled")
except Exception as eg:
    print("  result:", fmt(eg), "context:", fmt(eg.__context__))

print("handler raises and a remainder is left:")
try:
    try:
        raise ExceptionGroup("src2", [ValueError("a"), KeyError("b"), TypeError("c")])
    except* ValueError:
        raise RuntimeError("from handler 2")
    except* KeyError:
        print("  KeyError still handled")
except Exception as eg:
    print("  result:", fmt(eg))

print("bare raise in except* re-raises the matched part:")
try:
    try:
        raise ExceptionGroup("re", [ValueError("keep"), TypeError("drop")])
    except* ValueError:
        raise
    except* TypeError:
        pass
except ExceptionGroup as eg:
    print("  result:", fmt(eg))


print("each handler runs at most once:")
count = 0
try:
    raise ExceptionGroup("many", [ValueError(i) for i in range(4)])
except* ValueError as e:
    count += 1
    print("  handler got", len(e.exceptions), "exceptions")
print("  handler ran", count, "time(s)")

print("else and finally:")
try:
    pass
except* ValueError:
    print("  never")
else:
    print("  else ran")
finally:
    print("  finally ran")
