# Checks ImportError / ModuleNotFoundError messages and attributes for missing modules and names.
import importlib

missing = "nonexistent_" + "module_xyz"
try:
    importlib.import_module(missing)
except ModuleNotFoundError as exc:
    print(type(exc).__name__, "|", exc, "|", exc.name)

try:
    import another_missing_module_abc
except ImportError as exc:
    print(type(exc).__name__, "|", exc, "|", exc.name, "|", exc.path)

print("ModuleNotFoundError subclasses ImportError:", issubclass(ModuleNotFoundError, ImportError))

print("-- submodule of a module that is not a package")
try:
    importlib.import_module("math.submod")
except ModuleNotFoundError as exc:
    print(exc, "|", exc.name)

print("-- missing submodule of a real package")
try:
    importlib.import_module("json.nothing_here")
except ModuleNotFoundError as exc:
    print(exc, "|", exc.name)

try:
    import collections.nope
except ModuleNotFoundError as exc:
    print(exc, "|", exc.name)

print("-- missing parent package")
try:
    importlib.import_module("nopkg_qq.child")
except ModuleNotFoundError as exc:
    print(exc, "|", exc.name)

print("-- from-import of a missing name (message mentions a path, so only parts are printed)")
try:
    from json import no_such_function
except ImportError as exc:
    print(type(exc).__name__, "| name:", exc.name, "| starts:", str(exc).split(" (")[0])

try:
    from math import nothing
except ImportError as exc:
    print(type(exc).__name__, "| name:", exc.name, "|", str(exc).split(" (")[0])

print("-- __import__ with fromlist of a missing attribute does not fail")
mod = __import__("math", fromlist=["not_there"])
print(mod.__name__, hasattr(mod, "not_there"))

print("-- empty and invalid names")
try:
    importlib.import_module("")
except ValueError as exc:
    print("ValueError:", exc)
try:
    __import__("")
except ValueError as exc:
    print("ValueError:", exc)
try:
    importlib.import_module(42)
except (TypeError, AttributeError) as exc:
    print(type(exc).__name__, exc)

print("-- sys.modules entry set to None blocks the import")
import sys
sys.modules["blocked_mod_qq"] = None
try:
    import blocked_mod_qq
except ModuleNotFoundError as exc:
    print(exc, "|", exc.name)
del sys.modules["blocked_mod_qq"]

print("-- raising ImportError manually with keyword attributes")
err = ImportError("custom message", name="pkg.mod", path="virtual")
print(err, err.name, err.path, err.args)
err2 = ModuleNotFoundError("no luck")
print(repr(err2), err2.name)

print("-- fallback pattern")
try:
    import ujson_not_installed_qq as fast_json
except ImportError:
    import json as fast_json
print("using", fast_json.__name__)


def optional(name):
    try:
        return importlib.import_module(name).__name__
    except ImportError as exc:
        return "missing: %s" % exc.name


print([optional(n) for n in ("string", "strung", "collections.abc", "collections.abcx")])
