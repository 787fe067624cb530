# Custom exception hierarchies: __init__ with extra fields, __str__, args, catching by base, chaining.


class AppError(Exception):
    code = 1

    def __init__(self, message, *, detail=None):
        super().__init__(message)
        self.detail = detail

    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}" + (f" ({self.detail})" if self.detail else "")


class ConfigError(AppError):
    code = 10


class MissingKey(ConfigError, KeyError):
    code = 11

    def __init__(self, key):
        super().__init__(f"missing key {key!r}", detail="check config")
        self.key = key


class NetworkError(AppError):
    code = 20


errors = [AppError("generic"), ConfigError("bad value", detail="line 3"), MissingKey("port"), NetworkError("down")]
for err in errors:
    try:
        raise err
    except ConfigError as e:
        print("config:", type(e).__name__, e, e.args, e.code)
    except AppError as e:
        print("app:", type(e).__name__, e, e.args)

try:
    raise MissingKey("host")
except KeyError as e:
    print("as KeyError:", e, e.key, isinstance(e, LookupError))
print([c.__name__ for c in MissingKey.__mro__])


class ValidationError(ValueError):
    def __init__(self, field, value):
        self.field = field
        self.value = value
        super().__init__(field, value)

    def __str__(self):
        return f"invalid {self.field}: {self.value!r}"


def validate(data):
    problems = []
    for key, val in data.items():
        try:
            if not isinstance(val, int):
                raise ValidationError(key, val)
        except ValidationError as e:
            problems.append(e)
    return problems


probs = validate({"a": 1, "b": "x", "c": None})
print([str(p) for p in probs], [p.args for p in probs], repr(probs[0]))


def load():
    try:
        {}["k"]
    except KeyError as e:
        raise ConfigError("load failed") from e


try:
    load()
except AppError as e:
    print(e, "| cause:", type(e.__cause__).__name__, e.__cause__, "| suppress:", e.__suppress_context__)


class NoArgs(Exception):
    pass


print(repr(NoArgs()), str(NoArgs()), repr(NoArgs(1, 2)), str(NoArgs(1, 2)), str(NoArgs("one")))


class Group(Exception):
    def __init__(self, *errors):
        super().__init__(f"{len(errors)} errors")
        self.errors = errors


try:
    raise Group(ValueError("v"), TypeError("t"))
except Group as g:
    print(g, [type(x).__name__ for x in g.errors])

try:
    raise NotAnException
except NameError as e:
    print(type(e).__name__, e)


class NotBase:
    pass


try:
    raise NotBase()
except TypeError as e:
    print(type(e).__name__, e)

try:
    try:
        raise NetworkError("timeout", detail="30s")
    finally:
        print("finally runs")
except Exception as e:
    print("outer caught", e, e.detail)
