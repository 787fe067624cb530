# Checks inspect generator helpers, gi_frame.f_lineno, gi_running, gi_yieldfrom, __name__, __qualname__.
import inspect


def stepper():
    print("  state inside:", inspect.getgeneratorstate(me))
    print("  gi_running inside:", me.gi_running)
    yield "first"
    x = 1
    yield "second"
    return x


me = stepper()
print("isgeneratorfunction(stepper):", inspect.isgeneratorfunction(stepper))
print("isgenerator(me):", inspect.isgenerator(me))
print("isgenerator(stepper):", inspect.isgenerator(stepper))
print("isgeneratorfunction(len):", inspect.isgeneratorfunction(len))
print("isgenerator([]):", inspect.isgenerator([]))
print("isgenerator(iter([])):", inspect.isgenerator(iter([])))
print("genexp isgenerator:", inspect.isgenerator(x for x in ()))

first_line = stepper.__code__.co_firstlineno
print("state:", inspect.getgeneratorstate(me))
print("created frame line offset:", me.gi_frame.f_lineno - first_line)
print("gi_running:", me.gi_running)
print(next(me))
print("state:", inspect.getgeneratorstate(me))
print("suspended at line offset:", me.gi_frame.f_lineno - first_line)
print("locals:", inspect.getgeneratorlocals(me))
print(next(me))
print("suspended at line offset:", me.gi_frame.f_lineno - first_line)
print("locals:", inspect.getgeneratorlocals(me))
print(next(me, "exhausted"))
print("state:", inspect.getgeneratorstate(me))
print("gi_frame after finish:", me.gi_frame)
print("locals after finish:", inspect.getgeneratorlocals(me))

print("-- close on a suspended generator")
g = stepper()
me = g
next(g)
g.close()
print("state after close:", inspect.getgeneratorstate(g))

print("-- names")


class Holder:
    def method_gen(self):
        yield 1

    @staticmethod
    def static_gen():
        yield 2


def outer():
    def inner_gen():
        yield 3
    return inner_gen()


h = Holder().method_gen()
print(h.__name__, "|", h.__qualname__)
s = Holder.static_gen()
print(s.__name__, "|", s.__qualname__)
i = outer()
print(i.__name__, "|", i.__qualname__)
i.__name__ = "renamed"
print("renamed:", i.__name__, "|", i.__qualname__)
print("gi_code name:", i.gi_code.co_name)

print("-- gi_yieldfrom")


def child():
    yield "c1"
    yield "c2"


def parent():
    yield "p0"
    yield from child()
    yield "p3"


p = parent()
print(next(p), "yieldfrom:", p.gi_yieldfrom)
print(next(p), "yieldfrom is generator:", inspect.isgenerator(p.gi_yieldfrom))
print("yieldfrom name:", p.gi_yieldfrom.__name__)
print("child state:", inspect.getgeneratorstate(p.gi_yieldfrom))
print(next(p), "still delegating:", p.gi_yieldfrom is not None)
print(next(p), "yieldfrom:", p.gi_yieldfrom)


def over_list():
    yield from [1, 2]


ol = over_list()
next(ol)
print("yieldfrom list iterator type:", type(ol.gi_yieldfrom).__name__)

print("-- gi_running seen from a nested call")


def peek():
    yield runner.gi_running
    yield inspect.getgeneratorstate(runner)


runner = peek()
print(list(runner))
print("running after:", runner.gi_running)
