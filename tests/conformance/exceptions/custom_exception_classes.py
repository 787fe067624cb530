# User-defined exception classes with custom __init__, __str__ and hierarchies.


class AppError(Exception):
    pass


class ConfigError(AppError):
    def __init__(self, key, reason):
        super().__init__(key, reason)
        self.key = key
        self.reason = reason

    def __str__(self):
        return "config key %r: %s" % (self.key, self.reason)


class HttpError(AppError):
    def __init__(self, status):
        self.status = status

    def __repr__(self):
        return "HttpError<%d>" % self.status


class Quiet(AppError):
    def __str__(self):
        return ""


class CodeError(ValueError):
    code = 100

    def describe(self):
        return "%s(code=%d)" % (type(self).__name__, self.code)


class SubCodeError(CodeError):
    code = 200


def trigger(which):
    if which == 0:
        raise ConfigError("port", "must be an integer")
    if which == 1:
        raise HttpError(404)
    if which == 2:
        raise Quiet("ignored text")
    if which == 3:
        raise SubCodeError("sub")
    if which == 4:
        raise AppError("plain", 1, 2)
    raise CodeError


for i in range(6):
    try:
        trigger(i)
    except CodeError as e:
        print(i, "code:", e.describe(), e.args, isinstance(e, ValueError))
    except AppError as e:
        print(i, type(e).__name__, "str=%r" % str(e), "args=%r" % (e.args,), "repr=%r" % e)

e = HttpError(500)
print(e.args, e.status, str(e) == "")
print(ConfigError.__mro__[1].__name__, ConfigError.__mro__[2].__name__)
print(issubclass(SubCodeError, ValueError), issubclass(HttpError, ValueError))


# An exception that holds another exception and a list.
class BatchError(Exception):
    def __init__(self, errors):
        super().__init__("%d errors" % len(errors))
        self.errors = errors


def batch(items):
    errors = []
    for it in items:
        try:
            int(it)
        except ValueError as ex:
            errors.append(ex)
    if errors:
        raise BatchError(errors)


try:
    batch(["1", "a", "2", "b"])
except BatchError as b:
    print(b, [str(x) for x in b.errors])


# BaseException subclasses are not caught by except Exception.
class Stop(BaseException):
    pass


try:
    try:
        raise Stop("base")
    except Exception:
        print("never")
except BaseException as e:
    print("caught BaseException subclass", repr(e))

# with_traceback returns the same object.
x = AppError("w")
print(x.with_traceback(None) is x)
