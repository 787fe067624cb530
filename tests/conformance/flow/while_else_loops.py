# while loops with else clauses, break, continue and complex conditions.


def find_divisor(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            print("  ", n, "divisible by", d)
            break
        d += 1
    else:
        print("  ", n, "is prime")
    return d


for n in [2, 9, 13, 91, 97, 1]:
    find_divisor(n)

# else runs when the condition is false from the start.
count = 0
while count > 0:
    count -= 1
else:
    print("else with zero iterations")

# continue does not skip else.
i = 0
evens = []
while i < 10:
    i += 1
    if i % 2:
        continue
    evens.append(i)
else:
    print("finished, evens:", evens, "i:", i)

# Nested while with break in the inner loop only.
outer = 0
pairs = []
while outer < 4:
    inner = 0
    while True:
        if inner > outer:
            break
        pairs.append((outer, inner))
        inner += 1
    outer += 1
else:
    print("outer else ran")
print(pairs)

# Condition with side effects and walrus.
data = [5, 3, 0, 7]
idx = 0
while idx < len(data) and (value := data[idx]) != 0:
    print("value", value)
    idx += 1
else:
    print("stopped at index", idx)


# while/else inside a function with return in the body.
def search(items, target):
    k = 0
    while k < len(items):
        if items[k] == target:
            return "found at %d" % k
        k += 1
    else:
        return "not found after %d checks" % k


print(search("abcde", "d"), "|", search("abc", "z"))

# Collatz steps using while.
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


print([collatz(n) for n in range(1, 16)])

# while True with several exits.
n = 0
while True:
    n += 1
    if n == 3:
        continue
    if n > 6:
        break
    print("loop n =", n)
print("final n", n)
