# Ends with an uncaught exception thrown into a delegating generator and not handled by any frame.


class Timeout(Exception):
    pass


def read_chunks(source):
    count = 0
    for chunk in source:
        try:
            yield chunk
            count += 1
        except KeyError:
            print("  read_chunks ignores KeyError")
    return count


def session(source):
    received = 0
    try:
        received += yield from read_chunks(source)
    finally:
        print("  session finally, received", received)
    return received


def driver(source, fail_after):
    gen = session(source)
    print("first:", next(gen))
    print("after KeyError:", gen.throw(KeyError("k")))
    for i in range(fail_after):
        print("next:", next(gen))
    print("throwing Timeout")
    gen.throw(Timeout("no data after %d chunks" % fail_after))


quiet = session(["a", "b"])
print("complete session:", list(quiet))
g = session(["only"])
next(g)
try:
    g.throw(Timeout("handled by caller"))
except Timeout as exc:
    print("caller handled:", exc)
driver(["c1", "c2", "c3", "c4", "c5"], 2)
print("unreachable")
