# Checks functools.partial, operator.attrgetter, itemgetter and methodcaller built from computed names.
import functools
import operator


def power(base, exponent, *, modulo=None):
    result = base ** exponent
    return result % modulo if modulo else result


square = functools.partial(power, exponent=2)
cube = functools.partial(power, exponent=3)
print(square(7), cube(2), square(5, exponent=3))
print("partial attrs:", square.func.__name__, square.args, square.keywords)

mod_pow = functools.partial(power, 2, modulo=1000)
print(mod_pow(20), mod_pow(10, modulo=7))

print("-- nested partials flatten")
p1 = functools.partial(power, 3)
p2 = functools.partial(p1, 4)
print(p2(), p2.func is power, p2.args)

print("-- partial with too many arguments")
try:
    p2(5)
except TypeError as exc:
    print("TypeError:", exc)

print("-- partial of builtins and methods")
to_int_base2 = functools.partial(int, base=2)
print(to_int_base2("1011"), list(map(to_int_base2, ["1", "10", "11"])))
join_dash = functools.partial("-".join)
print(join_dash(["a", "b"]))


class Person:
    def __init__(self, name, age, city):
        self.name = name
        self.age = age
        self.address = type("Address", (), {"city": city})()

    def greet(self, greeting, punctuation="."):
        return "%s, %s%s" % (greeting, self.name, punctuation)

    def __repr__(self):
        return "Person(%s)" % self.name


people = [Person("Cy", 40, "Oslo"), Person("Al", 30, "Rome"), Person("Bo", 30, "Bern")]

print("-- attrgetter with computed and dotted names")
field = "na" + "me"
get_name = operator.attrgetter(field)
print([get_name(p) for p in people])
by_age_then_name = operator.attrgetter("age", "name")
print(sorted(people, key=by_age_then_name))
get_city = operator.attrgetter("address.city")
print([get_city(p) for p in people])
try:
    operator.attrgetter("salary")(people[0])
except AttributeError as exc:
    print("AttributeError:", exc)
print(repr(operator.attrgetter("a", "b.c")))

print("-- itemgetter")
rows = [("x", 3, 9.5), ("y", 1, 2.5), ("z", 2, 7.0)]
print(sorted(rows, key=operator.itemgetter(1)))
print(list(map(operator.itemgetter(0, 2), rows)))
print(operator.itemgetter(slice(1, None))("abcd"))
print(operator.itemgetter("k")({"k": "dict value"}))

print("-- methodcaller")
hello = operator.methodcaller("greet", "Hello")
excited = operator.methodcaller("greet", "Hi", punctuation="!")
print([hello(p) for p in people])
print(excited(people[1]))
method_name = "up" + "per"
print(list(map(operator.methodcaller(method_name), ["ab", "cd"])))
print(operator.methodcaller("split", ",", 1)("a,b,c"))
print(repr(operator.methodcaller("greet", "Yo", punctuation="?")))

print("-- combining with functools.reduce and sorted")
print(functools.reduce(operator.mul, range(1, 6)))
print(functools.reduce(lambda acc, p: acc + p.age, people, 0))
print(max(people, key=operator.attrgetter("age")))

print("-- partial objects are introspectable and comparable by identity")
print(repr(functools.partial(power, 2, modulo=5)).split(" at ")[0].startswith("functools.partial("))
print(callable(square), isinstance(square, functools.partial))
try:
    functools.partial(42)
except TypeError as exc:
    print("TypeError:", exc)
