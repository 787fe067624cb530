# Breaking out of nested loops: flags, for/else, functions, exceptions.
grid = [
    [1, 2, 3, 4],
    [5, 6, 7, 8],
    [9, 10, 11, 12],
]

# Flag variable.
found = None
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v % 7 == 0:
            found = (r, c)
            break
    if found:
        break
print("flag:", found, "r =", r)

# for/else idiom to propagate a break.
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v > 10:
            break
    else:
        continue
    break
print("for/else propagation:", r, c, v)


# Return from a function.
def locate(target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                return r, c
    return None


print("return:", locate(6), locate(12), locate(99))


# Exception to leave several levels.
class Found(Exception):
    pass


try:
    for a in range(5):
        for b in range(5):
            for c in range(5):
                if a * a + b * b == c * c and a and b:
                    raise Found((a, b, c))
except Found as e:
    print("exception:", e.args[0])

# Triple loop counting iterations until a break in the innermost level.
count = 0
for i in range(4):
    for j in range(4):
        for k in range(4):
            count += 1
            if k == j:
                break
print("iterations:", count)

# continue in the outer loop from within an inner loop via a flag.
result = []
for row in grid:
    skip = False
    for v in row:
        if v == 6:
            skip = True
            break
    if skip:
        continue
    result.append(sum(row))
print("sums of rows without 6:", result)

# while inside for inside while.
outer = 0
log = []
while outer < 3:
    for x in range(3):
        n = 0
        while True:
            n += 1
            if n > x:
                break
        log.append(n)
        if x == outer:
            break
    outer += 1
print(log)
