def greet(n):
    return "hello " + n
def fail():
    raise ValueError("from helper")
