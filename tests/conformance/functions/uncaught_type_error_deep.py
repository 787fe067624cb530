# Ends with an uncaught TypeError raised several frames deep by a bad call.

def parse_pair(text):
    left, right = text.split("=")
    return left.strip(), right.strip()


def build_config(lines):
    config = {}
    for line in lines:
        key, value = parse_pair(line)
        config[key] = convert(value, kind=guess_kind(value))
    return config


def guess_kind(value):
    if value.isdigit():
        return "int"
    if value in ("true", "false"):
        return "bool"
    return "str"


def convert(value, *, kind):
    if kind == "int":
        return int(value)
    if kind == "bool":
        return value == "true"
    return finish(value, kind)


def finish(value, kind):
    if value.startswith("@"):
        return lookup(value[1:], "extra")
    return value


def lookup(name):
    return name.upper()


good = build_config(["a = 1", "b = true", "c = hello"])
print(sorted(good.items()))
try:
    build_config(["broken line"])
except ValueError as e:
    print(type(e).__name__, e)
print("about to fail")
build_config(["x = 2", "y = @ref"])
print("not reached")
