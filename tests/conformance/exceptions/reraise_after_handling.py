# Handling an exception partially, then raising it again or a new one.
log = []


def parse(text):
    try:
        return int(text)
    except ValueError as e:
        log.append("parse failed: " + text)
        e.args = ("could not parse " + repr(text),)
        raise


def total(items):
    result = 0
    for it in items:
        try:
            result += parse(it)
        except ValueError as e:
            log.append("skip")
            if it == "stop":
                raise
            print("skipping", e)
    return result


print(total(["1", "2", "x", "3"]))
try:
    total(["4", "stop", "5"])
except ValueError as e:
    print("outer:", e)
print(log)


class Retry(Exception):
    pass


def attempt(n, fail_until):
    if n < fail_until:
        raise Retry("attempt %d failed" % n)
    return "ok at %d" % n


def with_retries(fail_until, limit):
    for n in range(limit):
        try:
            return attempt(n, fail_until)
        except Retry as e:
            print(" ", e)
            if n == limit - 1:
                raise RuntimeError("gave up after %d" % limit) from e
    return "unreachable"


print(with_retries(2, 5))
try:
    with_retries(10, 3)
except RuntimeError as e:
    print(e, "| cause:", e.__cause__)


# Count handlers passed through when the same exception is re-raised at each level.
def level(n):
    try:
        if n == 0:
            raise KeyError("deep")
        level(n - 1)
    except KeyError as e:
        e.args = (e.args[0] + "<" + str(n),)
        raise


try:
    level(5)
except KeyError as e:
    print(e.args[0])
