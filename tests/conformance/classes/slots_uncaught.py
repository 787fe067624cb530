# Uncaught AttributeError from __slots__, raised a few frames deep.


class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def scale(self, k):
        self.x *= k
        self.y *= k
        return self

    def normalize_into(self, name):
        self.apply(name, 1)

    def apply(self, name, value):
        print("setting", name)
        setattr(self, name, value)


class Scene:
    def __init__(self):
        self.vectors = [Vector(1, 2), Vector(3, 4)]

    def run(self):
        for v in self.vectors:
            v.scale(2)
            print(v.x, v.y)
        self.vectors[0].normalize_into("x")
        print("x ok")
        self.vectors[1].normalize_into("z")
        print("unreachable")


def main():
    Scene().run()


main()
