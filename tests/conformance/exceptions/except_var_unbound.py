# The name bound by "except ... as name" is deleted at the end of the handler.


def after_handler():
    try:
        raise ValueError("v")
    except ValueError as err:
        print("inside:", repr(err))
    try:
        print(err)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


after_handler()


def shadowed_previous():
    err = "previous value"
    try:
        raise KeyError("k")
    except KeyError as err:
        pass
    try:
        return err
    except NameError as e:
        return type(e).__name__ + ": " + str(e)


print(shadowed_previous())

# At module level the name is removed from the globals.
try:
    raise IndexError("i")
except IndexError as modvar:
    print("module handler", repr(modvar))
print("modvar" in globals())
try:
    modvar
except NameError as e:
    print("NameError:", e)


# Keeping the exception requires another name.
def keep():
    saved = None
    try:
        1 / 0
    except ZeroDivisionError as e:
        saved = e
    return saved


print(repr(keep()))


# Handler not taken: the name is never bound and not deleted.
def not_taken():
    e = "untouched"
    try:
        pass
    except Exception as e:
        pass
    return e


print(not_taken())


# Deleting the name inside the handler is allowed (already gone at end is fine too).
def del_inside():
    try:
        raise ValueError("x")
    except ValueError as e:
        del e
        print("deleted inside handler")
    return "ok"


print(del_inside())


# Rebinding in the handler still gets deleted.
def rebind():
    try:
        raise ValueError("x")
    except ValueError as e:
        e = "rebound"
    try:
        return e
    except UnboundLocalError:
        return "unbound after rebinding"


print(rebind())

# Loops reuse the name each iteration.
for i in range(3):
    try:
        raise ValueError(i)
    except ValueError as loopvar:
        print("iteration", loopvar.args[0])
print("loopvar" in dir())
