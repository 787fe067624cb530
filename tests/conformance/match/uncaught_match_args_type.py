# Ends with an uncaught TypeError: __match_args__ that is a list, hit only for a later subject.


class Celsius:
    __match_args__ = ("degrees",)

    def __init__(self, degrees):
        self.degrees = degrees


class Kelvin:
    __match_args__ = ["kelvins"]

    def __init__(self, kelvins):
        self.kelvins = kelvins


def describe(reading):
    match reading:
        case Celsius(d) if d < 0:
            return f"freezing {d}C"
        case Celsius(d):
            return f"{d}C"
        case Kelvin(kelvins=k) if k == 0:
            return "absolute zero"
        case Kelvin(k):
            return f"{k}K"
        case _:
            return "unknown reading"


def log_all(readings):
    for r in readings:
        print(type(r).__name__, "->", describe(r))


log_all([Celsius(-5), Celsius(20), Kelvin(0), 42])
print("first batch fine")
print("Kelvin keyword-only pattern works:", describe(Kelvin(0)))
print("match args:", Celsius.__match_args__, Kelvin.__match_args__)
log_all([Celsius(1), Kelvin(300)])
