# if/elif/else, while/else, for/else, break, continue, pass, nested loops.
def classify(n):
    if n % 15 == 0:
        return "FizzBuzz"
    elif n % 3 == 0:
        return "Fizz"
    elif n % 5 == 0:
        return "Buzz"
    else:
        return str(n)
print(" ".join(map(classify, range(1, 16))))
n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    if n > 7:
        break
    print("even", n)
else:
    print("not reached")
for p in range(2, 30):
    for d in range(2, p):
        if p % d == 0:
            break
    else:
        print("prime", p)
total = 0
for i in range(5):
    pass
    total += i
print(total)
k = 3
while k:
    k -= 1
else:
    print("while-else ran", k)
found = None
for w in ["apple", "banana", "cherry"]:
    if w.startswith("b"):
        found = w
        break
print(found)
