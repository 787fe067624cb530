# for/else with break and continue in various positions.


def first_negative(values):
    for i, v in enumerate(values):
        if v < 0:
            print("  first negative", v, "at", i)
            break
    else:
        print("  no negatives in", values)


first_negative([3, 1, -4, 1, -5])
first_negative([2, 7])
first_negative([])

for word in ["apple", "kiwi", "banana", "fig"]:
    if len(word) < 4:
        continue
    if word.startswith("b"):
        print("b-word found:", word)
        break
    print("checked", word)
else:
    print("never printed")

for c in "xyz":
    if c == "q":
        break
else:
    print("no q in xyz, last c =", c)

# Break in nested loop only affects the inner loop; else of outer still runs.
for a in range(3):
    for b in range(3):
        if b == a:
            break
        print("pair", a, b)
    else:
        print("inner else for a =", a)
else:
    print("outer else")

# continue as the last statement and in else.
total = 0
for n in range(10):
    if n % 3 == 0:
        continue
    total += n
    continue
else:
    print("total", total)

# Primes with for/else.
primes = []
for n in range(2, 40):
    for p in primes:
        if p * p > n:
            primes.append(n)
            break
        if n % p == 0:
            break
    else:
        primes.append(n)
print(primes)


# Return from inside for/else.
def index_of(seq, target):
    for i, item in enumerate(seq):
        if item == target:
            break
    else:
        return -1
    return i


print(index_of([4, 5, 6], 6), index_of([4, 5, 6], 7), index_of([], 1))

# Loop over an iterator shared between two loops.
it = iter(range(10))
for x in it:
    if x == 3:
        break
rest = [y for y in it]
print("after break at 3, rest:", rest)

# for-else with an exception handler inside.
for s in ["1", "2", "x"]:
    try:
        int(s)
    except ValueError:
        print("bad item", s)
        break
else:
    print("all good")
