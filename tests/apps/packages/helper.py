import datetime
import pickle


def greet(n):
    return "hello " + n


def fail():
    raise ValueError("from helper")


def pickles():
    # C code that imports while a function of this module runs (pickle's reducer looks
    # up builtins.iter) finds __builtins__ in the module's globals, as in CPython.
    return len(pickle.dumps(iter([1, 2]))) > 0, "__builtins__" in globals()


class Stamp:
    def __format__(self, spec):
        # date.strftime imports time from C, through this frame's globals.
        return datetime.date(2024, 2, 29).strftime(spec or "%Y-%m-%d")


if __name__ == "__main__":
    # Run as a script of its own (`--entry helper.py`), it is __main__, and main.py's
    # module `helper` is not imported.
    import sys
    print(__name__, sys.argv, greet("entry"), "helper" in sys.modules, format(Stamp(), "%d.%m"))
    fail()
