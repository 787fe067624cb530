# Keyword-only parameters with and without defaults.

def connect(host, *, port=80, secure=False, timeout):
    scheme = "https" if secure else "http"
    return f"{scheme}://{host}:{port} t={timeout}"


def report(*items, sep=", ", end="."):
    return sep.join([str(i) for i in items]) + end


print(connect("a.example", timeout=3))
print(connect("b.example", port=8443, secure=True, timeout=1.5))
print(connect(timeout=0, host="c.example"))
print(report(1, 2, 3))
print(report("x", "y", sep="-"))
print(report(end="!"))
print(report(*range(4), end="?", sep="|"))

print(connect.__kwdefaults__)
print(connect.__defaults__)
print(report.__kwdefaults__)
print(connect.__code__.co_kwonlyargcount, report.__code__.co_kwonlyargcount)

tests = [
    ("missing timeout", lambda: connect("h")),
    ("positional timeout", lambda: connect("h", 80)),
    ("unknown kw", lambda: connect("h", timeout=1, retries=2)),
    ("missing two", lambda: (lambda *, a, b: a + b)()),
    ("missing host", lambda: connect(timeout=1)),
]
for label, fn in tests:
    try:
        print(label, "->", fn())
    except TypeError as e:
        print(label, "->", type(e).__name__, e)

# Mutating __kwdefaults__ changes later calls.
connect.__kwdefaults__["port"] = 8080
print(connect("d.example", timeout=2))
connect.__kwdefaults__ = {"timeout": 99, "port": 1, "secure": True}
print(connect("e.example"))
try:
    connect.__kwdefaults__ = None
    print(connect("f.example", timeout=1))
    print(connect("f.example"))
except TypeError as e:
    print(type(e).__name__, e)
