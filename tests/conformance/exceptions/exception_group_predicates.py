# Known gap (not yet in the corpus): ExceptionGroup.subgroup/split with a compiled function
# as the predicate. CPython 3.11's get_matcher_type() accepts only exact function objects
# (PyFunction_Check), so a compiled function is refused with a TypeError.
eg = ExceptionGroup("top", [ValueError("v1"), TypeError("t1"), ExceptionGroup("mid", [KeyError("k1")])])
print(eg.subgroup(lambda e: isinstance(e, (KeyError, TypeError))))
seen = []


def pred(e):
    seen.append(type(e).__name__)
    return False


eg.subgroup(pred)
print(seen)
