# Checks importlib.import_module with computed names and __import__ with and without fromlist.
import importlib
import sys

name = "js" + "on"
json_mod = importlib.import_module(name)
print(json_mod.__name__, json_mod.dumps({"b": 1, "a": [1, 2]}, sort_keys=True))
print("cached in sys.modules:", sys.modules[name] is json_mod)
print("same object on re-import:", importlib.import_module(name) is json_mod)

abc_mod = importlib.import_module("collections" + ".abc")
print(abc_mod.__name__, issubclass(list, abc_mod.Sequence), issubclass(dict, abc_mod.Sequence))

print("-- relative import requires a package")
dec = importlib.import_module(".decoder", package="json")
print(dec.__name__, hasattr(dec, "JSONDecoder"))
try:
    importlib.import_module(".decoder")
except TypeError as exc:
    print("TypeError:", exc)

print("-- __import__ returns the top-level package without fromlist")
top = __import__("os.path")
print(top.__name__)
leaf = __import__("os.path", fromlist=["join"])
print(leaf.__name__ in ("posixpath", "ntpath"))
coll = __import__("collections", fromlist=["OrderedDict", "deque"])
print(coll.__name__, coll.OrderedDict.__name__, coll.deque.__name__)
pkg = __import__("email.mime", fromlist=["text"])
print(pkg.__name__, hasattr(pkg, "text"), pkg.text.__name__)

print("-- import by a list of computed names")
for base in ["math", "string", "itertools"]:
    mod = importlib.import_module(base)
    public = sorted(n for n in dir(mod) if not n.startswith("_"))
    print(base, len(public) > 5, public[0])

print("-- getattr after a dynamic import")
func_path = "operator.add"
module_name, _, attr = func_path.rpartition(".")
func = getattr(importlib.import_module(module_name), attr)
print(func(2, 3), func.__name__)

path = "textwrap.shorten"
mod_name, attr = path.split(".")
shorten = getattr(__import__(mod_name), attr)
print(shorten("the quick brown fox jumps over", width=15))

print("-- import inside a function binds a local name")


def local_import():
    import fractions
    return fractions.Fraction(3, 6), "fractions" in globals()


print(local_import())

print("-- import statement variants")
import collections.abc as cabc
from os import path as os_path_alias
print(cabc.__name__, os_path_alias.__name__ in ("posixpath", "ntpath"))
print("collections.abc attribute of collections:", hasattr(sys.modules["collections"], "abc"))

print("-- importlib.util.find_spec")
import importlib.util
print(importlib.util.find_spec("json") is not None, importlib.util.find_spec("no_such_mod_qq") is None)
print("builtin module spec origin:", importlib.util.find_spec("sys").origin)
