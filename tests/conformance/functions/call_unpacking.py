# Call-site unpacking: f(*a, *b, **c, **d)

def show(*args, **kwargs):
    return f"{args} {sorted(kwargs.items())}"


a = [1, 2]
b = (3,)
c = {"x": 10}
d = {"y": 20, "z": 30}
print(show(*a, *b, **c, **d))
print(show(0, *a, 5, *b, 6, w=1, **c, v=2, **d))
print(show(*"hi", *range(3)))
print(show(*{"k1": 1, "k2": 2}))
print(show(**{}))
print(show(*[], **{}))


def three(p, q, r):
    return p * 100 + q * 10 + r


print(three(*[1, 2, 3]))
print(three(1, *[2], **{"r": 3}))
print(three(**{"r": 1, "q": 2, "p": 3}))
print(three(*(4,), q=5, **{"r": 6}))

# Error cases
errors = [
    lambda: three(*[1, 2], **{"q": 9}),
    lambda: show(**c, **{"x": 1}),
    lambda: three(*[1, 2, 3, 4]),
    lambda: three(**{"p": 1, "q": 2}),
    lambda: show(*5),
    lambda: show(**[1, 2]),
    lambda: three(1, 2, 3, **{"s": 4}),
]
for fn in errors:
    try:
        print(fn())
    except TypeError as e:
        print(type(e).__name__, e)


class Mapping:
    def keys(self):
        return ["m", "n"]

    def __getitem__(self, key):
        return key.upper()


print(show(**Mapping()))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return iter(list(range(self.n, 0, -1)))


print(show(*Countdown(4), *Countdown(2)))
print(max(*[3, 9, 2]), min(*"zebra"))
print(*[1, 2, 3], sep="-")
print(*[], "end")
