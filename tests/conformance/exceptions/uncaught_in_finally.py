# Ends with an exception raised in a finally block that replaces the original one.


def release(resource):
    print("releasing", resource)
    if resource == "lock":
        raise OSError("cannot release " + resource)


def work(resource, n):
    try:
        print("working with", resource)
        return 100 // n
    finally:
        release(resource)


print(work("file", 5))
try:
    work("socket", 0)
except ZeroDivisionError as e:
    print("handled:", e)
work("lock", 0)
