# break and continue inside try/finally and inside finally blocks.


def break_in_try():
    for i in range(5):
        try:
            if i == 2:
                break
            print("  body", i)
        finally:
            print("  finally", i)
    print("  after loop i =", i)


def continue_in_try():
    for i in range(4):
        try:
            if i % 2 == 0:
                continue
            print("  odd", i)
        finally:
            print("  finally", i)


def break_in_finally_swallows():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            print("  breaking out, exception dropped", i)
            break
    return "done"


def continue_in_finally_swallows():
    seen = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            seen.append(i)
        finally:
            continue
    return seen


def break_overrides_return():
    for i in range(3):
        try:
            return "from try"
        finally:
            break
    return "after loop"


def while_with_finally():
    n = 0
    while True:
        try:
            n += 1
            if n > 3:
                break
            if n == 2:
                continue
            print("  while body", n)
        finally:
            print("  while finally", n)
    return n


def nested_loops_finally():
    out = []
    for a in range(3):
        for b in range(3):
            try:
                if b == 1:
                    continue
                if a == 2:
                    break
                out.append((a, b))
            finally:
                out.append("f%d%d" % (a, b))
    return out


def except_continue():
    result = []
    for s in ["1", "x", "3", "y"]:
        try:
            v = int(s)
        except ValueError:
            result.append("bad")
            continue
        finally:
            result.append("seen " + s)
        result.append(v)
    return result


break_in_try()
continue_in_try()
print(break_in_finally_swallows())
print(continue_in_finally_swallows())
print(break_overrides_return())
print(while_with_finally())
print(nested_loops_finally())
print(except_continue())
