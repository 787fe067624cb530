# match inside loops (break/continue from cases), returning from cases, match on function call results.


def tokenize(text):
    out = []
    for part in text.split():
        if part.isdigit():
            out.append(("num", int(part)))
        elif part in "+-*/":
            out.append(("op", part))
        else:
            out.append(("word", part))
    return out


def run(program):
    stack = []
    for kind, value in tokenize(program):
        match kind, value:
            case "num", n:
                stack.append(n)
                continue
            case "op", "+":
                b, a = stack.pop(), stack.pop()
                stack.append(a + b)
            case "op", "*":
                b, a = stack.pop(), stack.pop()
                stack.append(a * b)
            case "word", "stop":
                print("  stop word reached")
                break
            case "word", w:
                print("  skipping word", w)
                continue
            case _:
                print("  unsupported", kind, value)
        print("  stack after op:", stack)
    else:
        print("  program finished without stop")
    return stack


print(run("1 2 + 3 *"))
print(run("4 5 * hello 2 + stop 9 9"))
print(run("8 2 -"))


def first_negative(rows):
    for i, row in enumerate(rows):
        match row:
            case [*_, x] if x < 0:
                return f"row {i} ends negative ({x})"
            case []:
                continue
            case [x, *_] if x < 0:
                return f"row {i} starts negative ({x})"
    return "none negative"


print(first_negative([[1, 2], [], [-3, 4]]))
print(first_negative([[1], [2, -9]]))
print(first_negative([[1], [2]]))


def divmod_safe(a, b):
    if b == 0:
        return None
    return divmod(a, b)


for a, b in [(17, 5), (4, 0), (9, 3)]:
    match divmod_safe(a, b):
        case None:
            print(a, b, "-> division by zero avoided")
        case (q, 0):
            print(a, b, "-> exact, quotient", q)
        case (q, r):
            print(a, b, "-> quotient", q, "remainder", r)

# while loop driven by match
state = "start"
steps = 0
while True:
    steps += 1
    match state:
        case "start":
            state = "middle"
        case "middle" if steps < 4:
            state = "middle"
        case "middle":
            state = "end"
        case "end":
            break
print("state machine ended after", steps, "steps")

# nested loops with match and labelled-style flags
found = None
for i in range(3):
    for j in range(3):
        match (i, j):
            case (1, 2):
                found = (i, j)
                break
            case _:
                continue
    if found:
        break
print("found", found)
