# Checks exec inside functions writing into a dict passed as locals, and reading results back.


def run_snippet(snippet, **inputs):
    scope = dict(inputs)
    exec(snippet, {"__builtins__": __builtins__}, scope)
    return scope


print(run_snippet("c = a + b", a=1, b=2))
print(run_snippet("words = text.split()\ncount = len(words)", text="one two three"))


def assignments_land_in_dict():
    local_var = "function local"
    namespace = {}
    exec("x = 10\ny = x * 2\nlocal_var = 'shadow in dict'", globals(), namespace)
    print("  namespace:", sorted(namespace.items()))
    print("  real local unchanged:", local_var)
    return namespace["y"]


print(assignments_land_in_dict())


def function_defined_in_locals_dict():
    namespace = {}
    exec("""
factor = 3
def scale(v):
    return v * factor
""", {}, namespace)
    print("  keys:", sorted(namespace))
    try:
        return namespace["scale"](5)
    except NameError as exc:
        return "NameError: %s" % exc


print("function body cannot see names in the exec locals dict:")
print(function_defined_in_locals_dict())


def function_defined_with_shared_dict():
    namespace = {}
    exec("""
factor = 3
def scale(v):
    return v * factor
""", namespace)
    return namespace["scale"](5)


print("with a single dict the function works:", function_defined_with_shared_dict())


def loop_accumulates():
    scope = {"total": 0}
    for i in range(1, 5):
        scope["i"] = i
        exec("total += i * i", {}, scope)
    return scope["total"]


print("accumulated:", loop_accumulates())


def class_in_locals_dict():
    scope = {}
    exec("class Local:\n    value = 7\n    def get(self):\n        return self.value\n", {}, scope)
    cls = scope["Local"]
    return cls.__name__, cls().get(), cls.__module__


print(class_in_locals_dict())


def exec_reads_function_locals():
    alpha = 5
    beta = [1, 2]
    scope = {}
    exec("gamma = alpha + len(beta)", globals(), dict(locals(), **scope))
    holder = dict(locals())
    exec("gamma = alpha + len(beta)", globals(), holder)
    return holder["gamma"], "gamma" in scope


print(exec_reads_function_locals())


def del_and_global_in_locals_dict():
    scope = {"temp": 1, "keep": 2}
    g = {}
    exec("del temp\nglobal promoted\npromoted = keep * 10", g, scope)
    return sorted(scope), g.get("promoted")


print(del_and_global_in_locals_dict())


def errors_leave_partial_results():
    scope = {}
    try:
        exec("first = 1\nsecond = 1 / 0\nthird = 3", {}, scope)
    except ZeroDivisionError as exc:
        print("  ZeroDivisionError:", exc)
    return scope


print("partial:", errors_leave_partial_results())


def comprehension_and_locals_dict():
    scope = {"data": [1, 2, 3], "offset": 10}
    exec("firsts = [d for d in data]", {}, scope)
    try:
        exec("shifted = [d + offset for d in data]", {}, scope)
    except NameError as exc:
        scope["error"] = str(exc)
    return scope["firsts"], scope.get("shifted"), scope.get("error")


print(comprehension_and_locals_dict())
