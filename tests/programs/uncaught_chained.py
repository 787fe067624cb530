# An exception raised while handling another, escaping through finally: both tracebacks.
def parse(text):
    try:
        return int(text)
    except ValueError:
        fallback = {}
        return fallback["missing " + text]


def run():
    try:
        print(parse("12"))
        print(parse("x"))
    finally:
        print("cleanup ran")


run()
