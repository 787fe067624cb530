# NameError / UnboundLocalError messages from different scopes, caught and printed.

def check(label, fn):
    try:
        fn()
        print(label, "-> no error")
    except NameError as e:
        print(label, "->", type(e).__name__, "|", e, "|", getattr(e, "name", None))


def module_missing():
    return missing_module_level


def local_unbound():
    v = v_source if False else None
    return unbound_var
    unbound_var = 1


def free_unbound():
    def inner():
        return cellvar
    f = inner
    try:
        return f()
    finally:
        cellvar = 1


def builtin_typo():
    return lenn("x")


def deleted_global():
    global temp
    temp = 1
    del temp
    return temp


def class_body_missing():
    class C:
        attr = not_here
    return C


def comprehension_missing():
    return [zzz for _ in range(2)]


def lambda_missing():
    return (lambda: undefined_in_lambda)()


check("module", module_missing)
check("local", local_unbound)
check("free", free_unbound)
check("builtin typo", builtin_typo)
check("deleted global", deleted_global)
check("class body", class_body_missing)
check("comprehension", comprehension_missing)
check("lambda", lambda_missing)

try:
    raise NameError("custom message")
except NameError as e:
    print(type(e).__name__, e, e.args)
try:
    raise UnboundLocalError("custom unbound")
except NameError as e:
    print(type(e).__name__, e, isinstance(e, UnboundLocalError))
print(NameError.__mro__[1].__name__, UnboundLocalError.__mro__[1].__name__)
