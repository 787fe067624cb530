# ExceptionGroup / BaseExceptionGroup construction, subgroup, split, derive, exceptions.


def show(eg, indent=""):
    if eg is None:
        print(indent + "None")
        return
    if isinstance(eg, BaseExceptionGroup):
        print(indent + "%s %r (%d)" % (type(eg).__name__, eg.message, len(eg.exceptions)))
        for sub in eg.exceptions:
            show(sub, indent + "  ")
    else:
        print(indent + repr(eg))


eg = ExceptionGroup("top", [
    ValueError("v1"),
    TypeError("t1"),
    ExceptionGroup("mid", [ValueError("v2"), KeyError("k1")]),
    ExceptionGroup("only types", [TypeError("t2")]),
])
show(eg)
print("str:", str(eg))
print("args:", eg.args[0], len(eg.args[1]))
print("exceptions is tuple:", type(eg.exceptions).__name__)

print("subgroup(ValueError):")
show(eg.subgroup(ValueError))
print("subgroup(OSError):")
show(eg.subgroup(OSError))
print("subgroup matching everything is the same object:", eg.subgroup(Exception) is eg)

print("split((TypeError, KeyError)):")
match, rest = eg.split((TypeError, KeyError))
show(match)
show(rest)
print("split(BaseException):")
match, rest = eg.split(BaseException)
print(match is eg, rest)


# Constructor rules.
for args in [("m", []), ("m", "not a sequence"), ("m", [1, 2]), (1, [ValueError()])]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

# BaseExceptionGroup picks ExceptionGroup when all are Exceptions.
g = BaseExceptionGroup("auto", [ValueError(), KeyError()])
print(type(g).__name__)
g2 = BaseExceptionGroup("base", [ValueError(), KeyboardInterrupt()])
print(type(g2).__name__, isinstance(g2, Exception))
try:
    ExceptionGroup("bad", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)

# derive keeps the class for subclasses only via override.


class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "*", excs)


mg = MyGroup("mine", [ValueError("a"), KeyError("b")])
sub = mg.subgroup(KeyError)
print(type(sub).__name__, sub.message, sub.exceptions)
print(isinstance(mg, ExceptionGroup), issubclass(ExceptionGroup, BaseExceptionGroup))

# Notes are copied onto derived groups.
eg3 = ExceptionGroup("noted", [ValueError(1), TypeError(2)])
eg3.add_note("a note")
print(eg3.subgroup(ValueError).__notes__)
