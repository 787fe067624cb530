# Loops combined with try/except/finally: continue and break from handlers, else clauses.
inputs = ["10", "x", "0", "5", "stop", "7"]
results = []
for text in inputs:
    try:
        if text == "stop":
            break
        value = 100 // int(text)
    except ValueError:
        results.append("not a number: " + text)
        continue
    except ZeroDivisionError:
        results.append("zero")
        continue
    else:
        results.append(value)
    finally:
        results.append("done " + text)
else:
    results.append("loop completed")
for r in results:
    print(r)

# Retrying within a while loop until success.
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError("attempt %d" % attempts)
        print("succeeded after", attempts)
        break
    except ConnectionError as e:
        print("retry after", e)

# Exception escaping a loop from a nested function.
def check(v):
    if v > 3:
        raise OverflowError(v)
    return v


total = 0
try:
    for v in range(10):
        total += check(v)
except OverflowError as e:
    print("stopped at", e.args[0], "total", total)

# for/else with try inside: the else runs only without break.
for attempt in range(2):
    try:
        pass
    finally:
        pass
else:
    print("for else after try/finally body")

# Handler with break inside nested loops.
found = []
for a in range(3):
    for b in range(3):
        try:
            if a == b == 1:
                raise StopIteration
            found.append((a, b))
        except StopIteration:
            break
print(found)

# Exception variable in loops does not leak between iterations.
messages = []
for i in range(3):
    try:
        if i != 1:
            raise KeyError(i)
    except KeyError as err:
        messages.append(str(err))
    messages.append("err" in dir())
print(messages)
