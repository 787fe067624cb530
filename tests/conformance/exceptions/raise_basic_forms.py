# Raising classes versus instances, args, str and repr of exceptions.


def show(e):
    print(type(e).__name__, e.args, repr(str(e)), repr(e))


def raise_class():
    raise ValueError


def raise_instance():
    raise ValueError("bad value", 42)


def raise_no_args():
    raise KeyError()


def raise_key():
    raise KeyError("missing")


def raise_var():
    err = IndexError("stored")
    raise err


for fn in [raise_class, raise_instance, raise_no_args, raise_key, raise_var]:
    try:
        fn()
    except Exception as e:
        show(e)

# A stored exception instance can be raised more than once.
saved = RuntimeError("again")
for i in range(3):
    try:
        raise saved
    except RuntimeError as e:
        print(i, e is saved, e)

# Raising something that is not an exception is a TypeError.
for bad in [42, "text", None]:
    try:
        raise bad
    except TypeError as e:
        print("TypeError:", e)

try:
    raise int
except TypeError as e:
    print("TypeError:", e)

# Exception args with a single element and with none.
print(str(Exception()), repr(Exception()))
print(str(Exception("one")), repr(Exception("one")))
print(str(Exception("a", "b")), repr(Exception("a", "b")))
print(str(KeyError("k")), repr(KeyError("k")))
print(str(KeyError("a", "b")))

# Exceptions are ordinary objects: attributes can be attached.
try:
    e = LookupError("tagged")
    e.code = 7
    raise e
except LookupError as caught:
    print(caught.code, caught.args)

# isinstance and the class hierarchy decide which handler matches.
for exc in [ZeroDivisionError("z"), KeyError("k"), IndexError("i"), OSError("o"), StopIteration(5)]:
    try:
        raise exc
    except ArithmeticError as e:
        print("arith", repr(e))
    except LookupError as e:
        print("lookup", repr(e))
    except Exception as e:
        print("other", type(e).__name__, e.args)
