# Class bodies are not enclosing scopes for functions defined inside them.

value = "module value"


class Example:
    value = "class value"
    derived = value + " (derived)"
    items = [1, 2, 3]

    def method(self):
        return value

    def via_self(self):
        return self.value

    def via_class(self):
        return Example.value

    def nested(self):
        def inner():
            return value
        return inner()

    lam = lambda self: value
    default_arg = (lambda self, v=value: v)


e = Example()
print(Example.derived)
print(e.method(), "|", e.via_self(), "|", e.via_class())
print(e.nested(), "|", e.lam(), "|", e.default_arg())


class Counter:
    count = 0
    count += 5
    label = f"count={count}"


print(Counter.count, Counter.label)


def factory():
    local = "function local"

    class Inner:
        seen = local
        local_alias = local.upper()

        def method(self):
            return local

    return Inner


I = factory()
print(I.seen, I.local_alias, I().method())


def factory2():
    name = "enclosing"

    class K:
        name = "class attr"
        from_class = name

        def get(self):
            return name
    return K


K = factory2()
print(K.from_class, K().get(), K.name)


class Outer:
    secret = 42

    class Nested:
        try:
            seen = secret
        except NameError as e:
            seen = f"{type(e).__name__}: {e}"


print(Outer.Nested.seen)


class Shadow:
    print = "shadowed print in class"
    len = len("abc")


print(Shadow.print, Shadow.len, len("abcd"))
print(sorted([k for k in vars(Example) if not k.startswith("__")]))
