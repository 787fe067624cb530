# Ends with an uncaught AttributeError raised inside an eval-built lambda, called from nested functions.

FORMULAS = {
    "area": "lambda shape: shape.width * shape.height",
    "perimeter": "lambda shape: 2 * (shape.width + shape.height)",
    "label": "lambda shape: shape.name.title() + ' shape'",
}


class Rect:
    def __init__(self, name, width, height):
        self.name = name
        self.width = width
        self.height = height


class Circle:
    def __init__(self, radius):
        self.radius = radius


def build(formulas):
    compiled = {}
    for key, text in formulas.items():
        compiled[key] = eval(compile(text, "<formula %s>" % key, "eval"))
    return compiled


def measure(funcs, shape, key):
    return funcs[key](shape)


def measure_all(funcs, shapes, key):
    out = []
    for shape in shapes:
        value = measure(funcs, shape, key)
        print(" ", key, "->", value)
        out.append(value)
    return out


funcs = build(FORMULAS)
print(sorted(funcs), funcs["area"].__name__, funcs["area"].__code__.co_filename)
rects = [Rect("small box", 2, 3), Rect("wide panel", 10, 1)]
print(measure_all(funcs, rects, "area"))
print(measure_all(funcs, rects, "label"))
try:
    measure(funcs, Circle(1), "perimeter")
except AttributeError as exc:
    print("handled:", exc)
print("now a mixed list without a handler")
measure_all(funcs, rects + [Circle(2)], "area")
print("unreachable")
