# def with positional, keyword and default arguments; calls with keywords; return.
def area(w, h=2):
    return w * h

def describe(name, *items, sep=", ", **extra):
    body = sep.join(list(map(str, items)))
    return name + ": " + body + " " + str(sorted(extra.items()))

def early(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    return "positive"

def noreturn():
    pass

print(area(3), area(3, 4), area(h=5, w=2), area(*[6, 7]), area(**{"w": 1, "h": 9}))
print(describe("list", 1, 2, 3), describe("kw", 4, sep="|", z=1, a=2))
print(early(-1), early(0), early(5), noreturn())
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact(30))
def counter(start=0, step=1):
    values = []
    v = start
    while len(values) < 4:
        values.append(v)
        v += step
    return values
print(counter(), counter(10), counter(step=-2), counter(1, 3))
def defaults_once(x, acc=[]):
    acc.append(x)
    return acc
print(defaults_once(1), defaults_once(2))
print(area.__name__, area.__defaults__, describe.__kwdefaults__, area.__code__.co_argcount)
