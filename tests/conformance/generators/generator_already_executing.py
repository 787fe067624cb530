# Checks the "generator already executing" ValueError when a generator re-enters itself.


def self_referential():
    print("  trying to advance myself")
    try:
        next(gen)
    except ValueError as exc:
        print("  ValueError:", exc)
    yield "after attempt"


gen = self_referential()
print(next(gen))

print("-- re-entry through send")


def sender():
    value = yield "ready"
    try:
        g2.send(value)
    except ValueError as exc:
        print("  ValueError from send:", exc)
    yield "done"


g2 = sender()
print(next(g2))
print(g2.send("hi"))

print("-- re-entry through throw and close")


def thrower():
    try:
        g3.throw(KeyError("x"))
    except ValueError as exc:
        print("  ValueError from throw:", exc)
    try:
        g3.close()
    except ValueError as exc:
        print("  ValueError from close:", exc)
    yield "survived"


g3 = thrower()
print(next(g3))

print("-- uncaught re-entry propagates the ValueError out of next()")


def bad():
    yield next(g4)


g4 = bad()
try:
    next(g4)
except ValueError as exc:
    print("outside:", exc)
print("generator finished after the error:", next(g4, "exhausted"))

print("-- indirect re-entry via a callback")


class Pipeline:
    def __init__(self):
        self.gen = self.produce()
        self.callbacks = []

    def produce(self):
        for i in range(3):
            for cb in self.callbacks:
                cb(i)
            yield i

    def on_item(self, i):
        if i == 1:
            try:
                next(self.gen)
            except ValueError as exc:
                print("  callback ValueError:", exc)


p = Pipeline()
p.callbacks.append(p.on_item)
print(list(p.gen))

print("-- a delegating generator re-entered via its child")


def child():
    try:
        next(outer_gen)
    except ValueError as exc:
        print("  child sees:", exc)
    yield "child value"


def delegator():
    yield from child()


outer_gen = delegator()
print(next(outer_gen))
