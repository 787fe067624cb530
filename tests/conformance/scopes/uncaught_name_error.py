# Ends with an uncaught NameError raised inside nested calls.

registry = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}


def lookup(op):
    return registry[op]


def run(program):
    stack = []
    for token in program.split():
        if token.isdigit():
            stack.append(int(token))
        else:
            b, a = stack.pop(), stack.pop()
            stack.append(apply(token, a, b))
    return stack[-1]


def apply(op, a, b):
    if op in registry:
        return lookup(op)(a, b)
    return fallback(op, a, b)


def fallback(op, a, b):
    if op == "sub":
        return a - b
    return handler_table[op](a, b)


print(run("2 3 add 4 mul"))
print(run("10 4 sub"))
try:
    print(undefined_thing)
except NameError as e:
    print(type(e).__name__, e)
print(run("1 2 div"))
