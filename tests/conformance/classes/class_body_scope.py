# Class-body scoping: attributes referring to earlier ones, methods not seeing class names,
# comprehensions in class bodies, global/nonlocal interplay.

x = "global x"
y = "global y"


class Scope:
    x = "class x"
    doubled = x * 2
    items = [1, 2, 3]
    total = sum(items)
    first_only = items[0]
    # the iterable of the outermost for is evaluated in class scope
    squares = [i * i for i in items]
    # but names referenced inside the comprehension body come from the global scope
    tagged = [x + str(i) for i in range(2)]

    def method(self):
        return x

    def method_class(self):
        return self.x, Scope.x, type(self).x

    def uses_doubled(self):
        try:
            return doubled
        except NameError as e:
            return "NameError: " + str(e)

    lam = lambda self: x


s = Scope()
print(Scope.doubled, Scope.total, Scope.first_only)
print(Scope.squares, Scope.tagged)
print(s.method(), s.method_class(), s.uses_doubled(), s.lam())


def outer():
    y = "outer y"

    class Inner:
        print("in Inner body, y =", y)
        y = "Inner y"
        print("after assignment, y =", y)

        def get(self):
            return y

    return Inner


Inner = outer()
print(Inner().get(), Inner.y)


def outer2():
    value = "enclosing"

    class K:
        seen = value

        def read(self):
            return value

    value = "changed later"
    return K


K = outer2()
print(K.seen, K().read())


class GlobalWriter:
    global y
    y = "written from class body"
    local_name = "stays in class"


print(y, GlobalWriter.__dict__.get("y"), GlobalWriter.local_name)


class Shadow:
    len = 3
    result = len
    builtin_len = __builtins__.len if hasattr(__builtins__, "len") else None

    def m(self):
        return len("abcd")


print(Shadow.result, Shadow().m())


class Counter:
    n = 0
    for i in range(4):
        n += i
    del i


print(Counter.n, hasattr(Counter, "i"))

try:
    class Failing:
        a = 1
        b = undefined_name + a
except NameError as e:
    print(type(e).__name__, e)
