import helper
from pkg import thing, VALUE
from pkg.sub import deep
import pkg.sub.deep as d2
print(helper.greet("x"), helper.__name__, helper.__file__.endswith("helper.py"))
print(thing.describe(), VALUE, deep.depth(), d2 is deep)
print(pkg.__path__[0].endswith("pkg") if False else "ok")
import json
print(json.dumps({"a": 1}))
print(helper.pickles(), f"{helper.Stamp():%d %B %Y}", f"{helper.Stamp()}")
try:
    import pkg.missing
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from pkg import nothing_here
except ImportError as e:
    print(type(e).__name__, e)
helper.fail()
