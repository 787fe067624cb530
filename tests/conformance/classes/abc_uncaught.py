# Uncaught TypeError: instantiating a class that still has abstract methods, inside a factory.
from abc import ABC, abstractmethod


class Storage(ABC):
    @abstractmethod
    def read(self, key):
        ...

    @abstractmethod
    def write(self, key, value):
        ...


class MemoryStorage(Storage):
    def __init__(self):
        self.data = {}

    def read(self, key):
        return self.data[key]

    def write(self, key, value):
        self.data[key] = value


class ReadOnlyStorage(Storage):
    def read(self, key):
        return None


class Factory:
    kinds = {"memory": MemoryStorage, "readonly": ReadOnlyStorage}

    def build(self, kind):
        cls = self.kinds[kind]
        return self.instantiate(cls)

    def instantiate(self, cls):
        print("instantiating", cls.__name__)
        return cls()


f = Factory()
m = f.build("memory")
m.write("a", 1)
print(m.read("a"))
r = f.build("readonly")
print("unreachable", r)
