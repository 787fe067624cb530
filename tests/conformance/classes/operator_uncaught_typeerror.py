# Uncaught TypeError from a binary operator whose both sides return NotImplemented,
# raised a few frames deep inside methods.


class Meters:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        return NotImplemented

    def __repr__(self):
        return f"{self.v}m"


class Seconds:
    def __init__(self, v):
        self.v = v

    def __radd__(self, other):
        if isinstance(other, Seconds):
            return Seconds(self.v + other.v)
        return NotImplemented


class Journey:
    def __init__(self):
        self.legs = [Meters(100), Meters(250)]

    def total(self, start):
        acc = start
        for leg in self.legs:
            acc = self.combine(acc, leg)
        return acc

    def combine(self, a, b):
        return a + b


j = Journey()
print(j.total(Meters(0)))
j.legs.append(Seconds(30))
print(j.total(Meters(0)))
