# __class_getitem__ on user classes and generic aliases of builtins and typing.Generic.
from typing import Generic, TypeVar, List, Dict


class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item!r}]"


print(Box[int], Box["x"], Box[Box])


class Matrix:
    def __class_getitem__(cls, shape):
        rows, cols = shape
        return type(f"Matrix{rows}x{cols}", (cls,), {"shape": (rows, cols)})


M23 = Matrix[2, 3]
print(M23.__name__, M23.shape, issubclass(M23, Matrix), M23().shape)

alias = list[int]
print(alias, alias.__origin__, alias.__args__, type(alias).__name__)
print(dict[str, list[int]], tuple[int, ...])
print(alias("ab"), isinstance([1], list))
try:
    isinstance([1], list[int])
except TypeError as e:
    print(type(e).__name__, e)

T = TypeVar("T")
K = TypeVar("K")


class Stack(Generic[T]):
    def __init__(self):
        self.items = []

    def push(self, item):
        self.items.append(item)
        return self

    def pop(self):
        return self.items.pop()


s = Stack[int]()
s.push(1).push(2)
print(s.pop(), type(s).__name__, Stack[int], Stack[str].__origin__ is Stack)
print(Stack.__parameters__, Stack[int].__args__)


class Pair(Generic[K, T]):
    pass


print(Pair[str, int], List[int], Dict[str, int])
try:
    Pair[int]
except TypeError as e:
    print(type(e).__name__, e)


class Inst:
    def __getitem__(self, key):
        return "instance " + str(key)

    def __class_getitem__(cls, key):
        return "class " + str(key)


print(Inst[1], Inst()[1])

try:
    int[3]
except TypeError as e:
    print(type(e).__name__, e)


class Sub(Box):
    pass


print(Sub[float])
