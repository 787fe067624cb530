# and/or return one of their operands; the right side is evaluated only if needed.
log = []


def t(name, value):
    log.append(name)
    return value


def show(label, value):
    print(label, "->", repr(value), log)
    log.clear()


show("1 and 2", t("a", 1) and t("b", 2))
show("0 and 2", t("a", 0) and t("b", 2))
show("1 or 2", t("a", 1) or t("b", 2))
show("0 or 2", t("a", 0) or t("b", 2))
show("'' or [] or 0", t("a", "") or t("b", []) or t("c", 0))
show("'' or [] or 'x'", t("a", "") or t("b", []) or t("c", "x"))
show("1 and 'x' and None", t("a", 1) and t("b", "x") and t("c", None) and t("d", 9))
show("0 or 1 and 2", t("a", 0) or t("b", 1) and t("c", 2))
show("(0 or 1) and 0", (t("a", 0) or t("b", 1)) and t("c", 0))
show("not 0 or x", not t("a", 0) or t("b", "x"))
show("None and crash", t("a", None) and t("b", 1 / 1))

# In conditions (value not used, only truth).
for values in [(0, 0), (0, 1), (1, 0), (1, 1)]:
    if t("p", values[0]) and t("q", values[1]):
        r = "both"
    elif t("p2", values[0]) or t("q2", values[1]):
        r = "one"
    else:
        r = "none"
    show("if %r" % (values,), r)

# Defaults via or, guards via and.
def greet(name=None):
    return "hello " + (name or "stranger")


print(greet(), greet(""), greet("ann"))
data = {"k": [1, 2]}
print(data.get("k") and data["k"][0], data.get("z") and data["z"][0])

# Truthiness of objects with __bool__ and __len__.
class B:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        log.append("bool %s" % self.v)
        return self.v

    def __repr__(self):
        return "B(%s)" % self.v


class L:
    def __len__(self):
        log.append("len")
        return 0

    def __repr__(self):
        return "L()"


show("B(True) and B(False)", B(True) and B(False))
show("B(False) or L()", B(False) or L())
show("L() or 5", L() or 5)
show("not B(True)", not B(True))
show("all/any", (all([B(True), B(False), B(True)]), any([B(False), B(True), B(True)])))
