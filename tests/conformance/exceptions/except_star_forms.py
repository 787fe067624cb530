import sys

def boom(n):
    raise ExceptionGroup("many", [ValueError(n), TypeError("t%d" % n), KeyError(n)])

try:
    boom(1)
except* ValueError as eg:
    print("value", type(eg).__name__, [str(e) for e in eg.exceptions])
    print("exc_info", sys.exc_info()[1] is eg)
except* (TypeError, KeyError) as eg:
    print("type/key", sorted([repr(e) for e in eg.exceptions]))
print("after")

try:
    raise ValueError("naked")
except* ValueError as eg:
    print("naked wrapped:", type(eg).__name__, repr(eg.exceptions[0]))

def partial():
    try:
        boom(2)
    except* TypeError:
        print("handled type")

try:
    partial()
except ExceptionGroup as e:
    print("rest:", [type(x).__name__ for x in e.exceptions])

try:
    try:
        boom(3)
    except* ValueError:
        raise RuntimeError("in handler")
except ExceptionGroup as e:
    print("combined:", [type(x).__name__ for x in e.exceptions])

try:
    try:
        raise TypeError("x")
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(e)

for i in range(3):
    try:
        if i == 1:
            raise OSError(i)
    except* OSError:
        print("os", i)
    else:
        print("else", i)
    finally:
        print("finally", i)

def reraise():
    try:
        boom(4)
    except* ValueError:
        raise
reraise()
