import json
import sys


def greet(name, punctuation="!"):
    return "Hello, " + name + punctuation


print(greet("WebAssembly"))
print(json.dumps({"argv": sys.argv[1:], "python": list(sys.version_info[:3])}))
