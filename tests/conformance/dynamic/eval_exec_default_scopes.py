# Checks eval/exec without explicit dicts: module globals at top level, function locals inside functions.

module_value = 7
print("module eval:", eval("module_value * 2"))
exec("created_by_exec = module_value + 1")
print("exec at module level creates a global:", created_by_exec)
exec("module_value = 70")
print("exec rebinds module global:", module_value)


def reader(param):
    local_value = param * 3
    print("  eval sees params and locals:", eval("param + local_value"))
    print("  eval sees globals too:", eval("module_value + local_value"))
    return eval("[local_value, param, module_value]")


print(reader(2))


def writer():
    x = 1
    exec("x = 2")
    print("  after exec('x = 2') the local is still", x)
    exec("new_name = 'made in exec'")
    try:
        print(new_name)
    except NameError as exc:
        print("  NameError:", exc)
    print("  but locals() shows it:", locals().get("new_name"))
    return x


print(writer())


def captures_exec_locals():
    ns = {}
    exec("y = 5\nz = y * y", globals(), ns)
    return ns


print("explicit locals dict:", captures_exec_locals())


def global_through_exec():
    exec("global made_global\nmade_global = 'yes'")


global_through_exec()
print("made_global:", made_global)


def nested_closure():
    outer_var = "enclosed"

    def inner():
        # outer_var is not referenced directly, so eval cannot see it
        try:
            return eval("outer_var")
        except NameError as exc:
            return "NameError: %s" % exc

    def inner_referencing():
        outer_var
        return eval("outer_var")

    return inner(), inner_referencing()


print(nested_closure())


class Holder:
    attr = "class attr"
    seen = eval("attr + '!'")
    exec("generated = attr.upper()")


print(Holder.seen, "|", Holder.generated)


def loop_eval():
    results = []
    for i in range(3):
        results.append(eval("i * i"))
    return results


print(loop_eval())

expr = "sum(range(n))"
for n in (3, 5):
    print("n =", n, "->", eval(expr))

print("-- eval of nested expressions and lambdas")
square = eval("lambda v: v * v")
print(square(9), square.__name__)
adder = eval("lambda v: v + module_value")
module_value = 1000
print(adder(1))
