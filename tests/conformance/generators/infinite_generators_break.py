# Checks infinite generators driven by for/break, while loops, and cleanup when abandoned.


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


for i, f in enumerate(fibonacci()):
    if f > 100:
        print("first fib over 100 at index", i, "is", f)
        break

fib = fibonacci()
print([next(fib) for _ in range(10)])


def primes():
    found = []
    candidate = 2
    while True:
        if all(candidate % p for p in found):
            found.append(candidate)
            yield candidate
        candidate += 1


collected = []
for p in primes():
    if p > 40:
        break
    if p % 10 == 3:
        continue
    collected.append(p)
print("primes below 40 not ending in 3:", collected)


def cycle_with_cleanup(values):
    try:
        while True:
            for v in values:
                yield v
    finally:
        print("  cycle cleaned up")


count = 0
for v in cycle_with_cleanup("ab"):
    count += 1
    if count == 5:
        print("breaking at", v)
        break
print("after loop")


def ticker(start=0):
    n = start
    while True:
        command = yield n
        if command == "reset":
            n = start
        elif command == "jump":
            n += 100
        else:
            n += 1


t = ticker(5)
print(next(t), next(t), t.send("jump"), next(t), t.send("reset"), next(t))


def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1


print("collatz(6):", list(collatz(6)))
print("collatz(27) length:", sum(1 for _ in collatz(27)))

print("-- nested infinite generators")


def repeat(v):
    while True:
        yield v


def pairs():
    for a in repeat("x"):
        for b in repeat("y"):
            yield a + b


pg = pairs()
print([next(pg) for _ in range(3)])

print("-- while True with manual next and a sentinel")
g = fibonacci()
total = 0
while True:
    value = next(g)
    if value > 50:
        break
    total += value
print("sum of fibs up to 50:", total)


def counter():
    n = 0
    while True:
        n += 1
        yield n


print("iter with sentinel:", list(iter(counter().__next__, 6)))
