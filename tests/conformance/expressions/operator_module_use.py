# The operator module as functions, itemgetter/attrgetter/methodcaller, and in-place forms.
import operator as op

print(op.add(2, 3), op.sub(2, 3), op.mul("ab", 2), op.truediv(7, 2), op.floordiv(-7, 2), op.mod(-7, 3))
print(op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-3), op.invert(5), op.not_(0), op.truth([1]))
print(op.lshift(1, 5), op.rshift(64, 2), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10))
print(op.lt(1, 2), op.le(2, 2), op.eq("a", "a"), op.ne(1, 1), op.gt(3, 2), op.ge(1, 2))
print(op.is_(None, None), op.is_not(1, None), op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"))
print(op.concat([1], [2]), op.getitem("hello", 1), op.getitem([1, 2, 3], slice(1, None)), op.index(7))
lst = [1, 2, 3]
op.setitem(lst, 0, 9)
op.delitem(lst, 1)
print(lst)
print(op.iadd([1], [2]), op.iadd(1, 2), op.imul("x", 3), op.ior({1}, {2}), op.ipow(3, 2))
a = [1]
b = op.iadd(a, [5])
print(a is b, a)

records = [{"name": "b", "age": 3}, {"name": "a", "age": 5}, {"name": "c", "age": 1}]
print(sorted(records, key=op.itemgetter("age")))
print(list(map(op.itemgetter("name", "age"), records)))
print(op.itemgetter(1)("xyz"), op.itemgetter(0, -1)("xyz"), op.itemgetter(slice(1, 3))("abcd"))


class P:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner

    def greet(self, greeting, punct="!"):
        return greeting + " " + self.name + punct


people = [P("zed", P("in1")), P("amy", P("in2"))]
print([p.name for p in sorted(people, key=op.attrgetter("name"))])
print(op.attrgetter("inner.name")(people[0]), op.attrgetter("name", "inner.name")(people[1]))
print(op.methodcaller("greet", "hi")(people[0]), op.methodcaller("greet", "yo", punct="?")(people[1]))
print(op.methodcaller("upper")("abc"), op.methodcaller("split", ",")("a,b"))

import functools
print(functools.reduce(op.mul, range(1, 8)), functools.reduce(op.add, ["a", "b", "c"]))
print(list(map(op.add, [1, 2], [10, 20])), list(map(op.neg, [1, -2])))
print(sorted([(1, "b"), (1, "a"), (0, "z")], key=op.itemgetter(0)))
print(op.length_hint([1, 2, 3]), op.length_hint(iter(range(5))))
try:
    op.itemgetter(5)([1])
except IndexError as e:
    print("IndexError:", e)
try:
    op.attrgetter("missing")(people[0])
except AttributeError as e:
    print("AttributeError:", e)
try:
    op.index(1.5)
except TypeError as e:
    print("TypeError:", e)
print(op.matmul.__name__, op.__add__ is op.add, op.call(len, "abc"))
