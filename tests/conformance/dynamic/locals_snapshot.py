# Checks locals() in functions (3.11 snapshot semantics), refreshing, and interaction with closures.


def basic(a, b=2):
    c = a + b
    snap = locals()
    print("  locals:", sorted(snap.items()))
    return snap


result = basic(1)
print("returned keys:", sorted(result))


def modify_snapshot():
    x = 1
    d = locals()
    d["x"] = 99
    d["brand_new"] = "added"
    print("  x after modifying dict:", x)
    try:
        print(brand_new)
    except NameError as exc:
        print("  NameError:", exc)
    return d


d = modify_snapshot()
print("dict still holds the modified values:", d["x"], d["brand_new"])


def refresh():
    value = "first"
    d1 = locals()
    print("  d1:", d1["value"])
    value = "second"
    print("  d1 before refresh:", d1["value"])
    d2 = locals()
    print("  d2:", d2["value"], "| same object:", d1 is d2, "| d1 now:", d1["value"])
    later = 5
    print("  'later' in d1 before another call:", "later" in d1)
    locals()
    print("  'later' in d1 after another call:", "later" in d1)


refresh()


def deleted_locals():
    temp = 1
    snap = locals()
    print("  has temp:", "temp" in snap)
    del temp
    locals()
    print("  has temp after del + refresh:", "temp" in snap)


deleted_locals()


def with_closure():
    captured = "cell value"
    unused_here = 0

    def inner():
        return captured

    print("  outer locals:", sorted(locals()))

    def inner_with_locals():
        mine = 1
        captured
        return sorted(locals())

    return inner_with_locals()


print("inner locals include free vars:", with_closure())


def loop_locals():
    seen = []
    for i in range(3):
        seen.append(dict(locals()).get("i"))
    return seen


print("loop:", loop_locals())


def comprehension_locals():
    outer_name = 1
    inside = [sorted(k for k in locals() if k.isidentifier()) for _ in range(1)]
    return inside[0], "outer_name" in locals()


print("inside list comprehension:", comprehension_locals())


def args_kwargs(*args, **kwargs):
    return locals()


print("star args:", args_kwargs(1, 2, k=3))

print("-- module-level locals() is globals()")
print(locals() is globals())
