# Star-unpacking in assignments and in displays; nested unpacking.

a, *b, c = range(6)
print(a, b, c)
*head, last = "xyz"
print(head, last)
first, *rest = [1]
print(first, rest)
x, *y = (1, 2, 3)
print(x, y, type(y).__name__)
(p, q), *r, (s, t) = [(1, 2), 3, 4, (5, 6)]
print(p, q, r, s, t)
[m, [n, *o]] = [1, [2, 3, 4]]
print(m, n, o)
i, (j, (k, l)) = 1, (2, (3, 4))
print(i, j, k, l)
for a2, *b2 in [(1, 2, 3), (4,), "ab"]:
    print(a2, b2)

try:
    a3, b3 = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a3, *b3, c3 = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a3, b3, c3 = "ab"
except ValueError as e:
    print("ValueError:", e)
try:
    a3, b3 = 5
except TypeError as e:
    print("TypeError:", e)

# Swaps and rotations.
u, v, w = 1, 2, 3
u, v, w = w, u, v
print(u, v, w)
lst = [10, 20, 30]
lst[0], lst[2] = lst[2], lst[0]
print(lst)

# Displays.
l1, l2 = [1, 2], (3, 4)
print([*l1, *l2], [*l1, 0, *l2, *"ab"], (*l1,), (*l1, *l2), [*range(3)])
print({*l1, *l2, 1}, len({*"aab"}))
d1 = {"a": 1, "b": 2}
d2 = {"b": 3, "c": 4}
print({**d1, **d2}, {**d2, **d1}, {**d1, "b": 0}, {"b": 0, **d1}, {**{}})
print(*l1, *l2, sep="-")
print(*"hi", *[None], sep="|")


def f(*args, **kwargs):
    return args, sorted(kwargs.items())


print(f(*l1, 5, *l2, **d1, z=9, **{"y": 8}))
print(f(*[], **{}))
try:
    f(**d1, **{"a": 0})
except TypeError as e:
    print("TypeError:", e)

# Starred assignment targets inside for loops over dict items.
for key, (lo, *more) in {"k1": [1, 2, 3], "k2": [4]}.items():
    print(key, lo, more)

# Unpacking into attributes and subscripts.
class O:
    pass


o = O()
dst = {}
o.first, dst["mid"], *o.rest = "ABCD"
print(o.first, dst, o.rest)

# Nested starred in list display inside tuple.
t2 = (*[*"ab", *"cd"], *(1, (2, 3)))
print(t2, len(t2))
