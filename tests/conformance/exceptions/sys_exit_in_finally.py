# sys.exit with int, str and None; SystemExit passing through try/finally.
import sys


def try_exit(arg, *rest):
    try:
        try:
            if rest:
                sys.exit(arg, *rest)
            elif arg == "no-arg":
                sys.exit()
            else:
                sys.exit(arg)
        finally:
            print("  finally ran for", repr(arg))
    except SystemExit as e:
        print("  SystemExit code =", repr(e.code), "args =", e.args)


for arg in [0, 1, 42, "message", None, "no-arg", [1, 2]]:
    try_exit(arg)


# SystemExit is not caught by except Exception.
def not_caught_by_exception():
    try:
        sys.exit(3)
    except Exception:
        print("never")


try:
    not_caught_by_exception()
except BaseException as e:
    print("BaseException caught", type(e).__name__, e.code)

# raise SystemExit directly.
try:
    raise SystemExit(7)
except SystemExit as e:
    print("raise SystemExit:", e.code)


# finally can override a sys.exit with return.
def overridden():
    try:
        sys.exit(9)
    finally:
        return "exit cancelled"


print(overridden())

# with statement exits also run on sys.exit.


class Cleanup:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("cleanup saw", t.__name__ if t else None, v.code if v is not None else None)
        return False


try:
    with Cleanup():
        sys.exit("from with")
except SystemExit as e:
    print("after with:", e.code)

# The final exit: a string message goes to stderr and the exit code is 1.
sys.stdout.flush()
try:
    print("about to exit")
    sys.exit("fatal: stopping")
finally:
    print("final finally")
