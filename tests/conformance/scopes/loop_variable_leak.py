# For-loop targets and with-targets are ordinary bindings in the enclosing scope.

for i in range(3):
    pass
print(i)

for i in []:
    pass
print(i)

for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    pass
print(a, b, c)


def function_loop():
    for k in "xyz":
        last = k
    return k, last


print(function_loop())


def loop_never_executes():
    for k in ():
        pass
    try:
        return k
    except UnboundLocalError as e:
        return str(e)


print(loop_never_executes())

obj = type("Holder", (), {})()
for obj.attr in [1, 2, 3]:
    pass
print(obj.attr)

store = {}
for store["key"] in "abc":
    pass
print(store)

lst = [0, 0, 0]
for idx, lst[idx] in enumerate("pqr"):
    pass
print(lst, idx)


class Ctx:
    def __enter__(self):
        return "entered value"

    def __exit__(self, *exc):
        return False


with Ctx() as bound:
    pass
print(bound)


def with_in_function():
    with Ctx() as v:
        inner = v.upper()
    return v, inner


print(with_in_function())

while (n := 0) > 1:
    pass
print(n)


def loop_var_in_closure():
    fns = []
    for j in range(3):
        fns.append(lambda: j)
    j = 100
    return [f() for f in fns]


print(loop_var_in_closure())

for star_first, *star_rest in ["abc", "de"]:
    pass
print(star_first, star_rest)
