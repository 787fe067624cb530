# The "as" target of an except clause is deleted at the end of the handler.

e = "outer e"
try:
    raise ValueError("boom")
except ValueError as e:
    print("inside:", type(e).__name__, e)
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)


def in_function():
    exc = "before"
    try:
        1 / 0
    except ZeroDivisionError as exc:
        msg = str(exc)
    try:
        return exc
    except UnboundLocalError as err:
        return f"{msg} | {type(err).__name__}: {err}"


print(in_function())


def keep_reference():
    saved = None
    try:
        {}["key"]
    except KeyError as err:
        saved = err
    return type(saved).__name__, saved.args


print(keep_reference())


def nested_handlers():
    log = []
    try:
        raise TypeError("outer")
    except TypeError as err:
        try:
            raise ValueError("inner")
        except ValueError as err2:
            log.append((str(err), str(err2)))
        log.append(str(err))
        try:
            err2
        except UnboundLocalError:
            log.append("err2 unbound")
    return log


print(nested_handlers())


def closure_sees_unbinding():
    def show():
        return problem
    try:
        raise RuntimeError("r")
    except RuntimeError as problem:
        inside = show()
    try:
        after = show()
    except NameError as err:
        after = type(err).__name__
    return str(inside), after


print(closure_sees_unbinding())


def handler_with_del():
    try:
        raise KeyError("k")
    except KeyError as err:
        del err
    return "ok"


print(handler_with_del())


def reuse_name_in_loop():
    out = []
    for i in range(3):
        try:
            if i % 2:
                raise IndexError(i)
        except IndexError as ex:
            out.append(ex.args[0])
        else:
            out.append("no error")
    return out


print(reuse_name_in_loop())
