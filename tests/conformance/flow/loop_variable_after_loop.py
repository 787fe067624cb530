# The loop variable keeps its last value after the loop; it is unbound when the loop never ran.

for i in range(5):
    pass
print("after range(5):", i)

for i in range(10):
    if i == 3:
        break
print("after break:", i)

for ch in "abc":
    ch = ch.upper()
print("rebound in body:", ch)

for a, b in [(1, 2), (3, 4)]:
    pass
print("tuple target:", a, b)


def never_runs():
    for j in []:
        pass
    try:
        return j
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)


print(never_runs())


def keeps_previous():
    k = "before"
    for k in []:
        pass
    return k


print(keeps_previous())

# Reassigning the loop variable does not affect iteration.
seen = []
for n in range(4):
    seen.append(n)
    n = 100
print(seen, n)

# Modifying a list element through the loop variable does not change the list.
items = [1, 2, 3]
for it in items:
    it *= 10
print(items, it)

# Comprehension variables do not leak; loop variables do.
for leak in range(2):
    pass
comp = [noleak for noleak in range(3)]
print(leak, "noleak" in globals())

# while loop counter after loop.
w = 0
while w < 7:
    w += 2
print("while counter:", w)


# Nested loop variables.
def nested():
    for x in range(3):
        for y in range(x):
            pass
    return x, y


print(nested())

# Loop variable shared with a closure created inside the loop.
funcs = []
for q in range(3):
    funcs.append(lambda: q)
print([f() for f in funcs])
q = "changed"
print([f() for f in funcs])

# Loop over an empty range leaves a global unchanged.
z = "untouched"
for z in range(0):
    pass
print(z)
