# Parameters and locals shadowing globals; rebinding within functions.

name = "global name"
items = [1, 2, 3]


def param_shadows(name):
    return name


def default_uses_global(value=name):
    return value


def local_rebinding():
    items = ["local"]
    items.append("more")
    return items


def mutate_global_list():
    items.append(4)
    return len(items)


def reassign_param(seq):
    seq = seq + [99]
    return seq


def mutate_param(seq):
    seq.append(100)
    return seq


print(param_shadows("arg"), name)
name = "changed global"
print(default_uses_global(), default_uses_global("explicit"))
print(local_rebinding(), items)
print(mutate_global_list(), items)
orig = [1]
print(reassign_param(orig), orig)
print(mutate_param(orig), orig)


def swap_globals():
    global name, items
    name, items = items, name


swap_globals()
print(name, items)


def shadow_function_name():
    shadow_function_name = "local string"
    return shadow_function_name


print(shadow_function_name(), shadow_function_name.__name__)


def recursive_via_global(n):
    return 0 if n == 0 else 1 + recursive_via_global(n - 1)


saved = recursive_via_global
recursive_via_global = lambda n: 1000
print(saved(3))
recursive_via_global = saved


def params_are_locals(a, b=2, *c, d=4, **e):
    a = "A"
    b = "B"
    c = "C"
    d = "D"
    e = "E"
    return a + b + c + d + e


print(params_are_locals(1))


def same_name_many_scopes(v):
    def inner(v):
        def innermost(v):
            return v * 3
        return innermost(v + 1)
    return inner(v * 2), v


print(same_name_many_scopes(5))


class Scope:
    name = "class name"

    def get(self, name="default"):
        return name


print(Scope().get(), Scope().get("given"), Scope.name)
