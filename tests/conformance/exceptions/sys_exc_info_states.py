# sys.exc_info() and sys.exception() inside and outside handlers.
import sys


def info():
    t, v, tb = sys.exc_info()
    return (t.__name__ if t else None, v.args if v else None, tb is not None)


print("top level:", info())

try:
    raise ValueError("first")
except ValueError:
    print("in handler:", info())
    print("sys.exception:", repr(sys.exception()))
    try:
        raise KeyError("second")
    except KeyError:
        print("in nested handler:", info())
    print("back in outer handler:", info())
print("after handler:", info())


def from_callee():
    return info()


try:
    raise IndexError("callee")
except IndexError:
    print("callee sees:", from_callee())

try:
    pass
finally:
    print("finally without exception:", info())

try:
    try:
        raise TypeError("in try")
    finally:
        print("finally during exception:", info())
except TypeError:
    pass


def handler_returns():
    try:
        raise OSError("gone")
    except OSError:
        return info()


print("returned from handler:", handler_returns())
print("after function returned:", info())


def generator_free_loop():
    results = []
    for i in range(2):
        try:
            raise LookupError(i)
        except LookupError:
            results.append(info())
        results.append(info())
    return results


print(generator_free_loop())

# exc_info traceback object points at this frame's line.
try:
    raise RuntimeError("tb")
except RuntimeError:
    tb = sys.exc_info()[2]
    print("tb line:", tb.tb_lineno, "tb_next:", tb.tb_next)

# Inside __exit__ the exception is passed as arguments and is also the current one.


class Probe:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("exit args:", t.__name__ if t else None, "current:", info())
        return True


with Probe():
    raise ValueError("probe")
print("after with:", info())
