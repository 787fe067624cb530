# Comparisons and chained comparisons; each operand is evaluated at most once.
count = {}


def v(name, value):
    count[name] = count.get(name, 0) + 1
    print("  eval", name)
    return value


def report(label, result):
    print(label, "->", result, "| evaluations:", sorted(count.items()))
    count.clear()


report("1 < 2 < 3", v("a", 1) < v("b", 2) < v("c", 3))
report("1 < 3 < 2", v("a", 1) < v("b", 3) < v("c", 2))
report("3 < 1 < 2 (short)", v("a", 3) < v("b", 1) < v("c", 2))
report("1 == 1 != 2 <= 2", v("a", 1) == v("b", 1) != v("c", 2) <= v("d", 2))
report("in / not in", v("x", 2) in v("l", [1, 2]) not in v("m", [[3]]))
report("is / is not", v("n", None) is None is not v("o", 0))

a, b, c = 5, 5, 6
print(a < b <= c, a <= b < c, a == b == c, a != c != b, a < c > b)
print(1 < 2 > 0 < 5 != 4, 1 < 2 > 3 < 5)
x = 3
print(0 <= x < 10, 0 < x < 3, -x < 0 < x)

# Comparisons of different types.
print(1 == 1.0, 1 == True, "a" < "b", "B" < "a", "abc" < "abd", "ab" < "abc")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"), (2,) > (1, 99))
print([] == [], [] is [], () == (), {1: 2} == {1: 2}, {1, 2} == {2, 1})
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {3} > {1}, {1} >= set())
print(None == None, None is None, None == 0, None != False)
print(1 == "1", [1] == (1,), 1.0 != 1)
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print(None < 1)
except TypeError as e:
    print("TypeError:", e)


# Rich comparison methods and reflection.
class Num:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        print("  lt", self.n, other.n if isinstance(other, Num) else other)
        return self.n < (other.n if isinstance(other, Num) else other)

    def __eq__(self, other):
        print("  eq", self.n)
        return isinstance(other, Num) and self.n == other.n


print(Num(1) < Num(2) < Num(3))
print(5 > Num(3))
print(Num(2) == Num(2), Num(2) != Num(3))
print(sorted([Num(3), Num(1), Num(2)])[0].n)

# Chained comparison result is the last compared operand truthiness, not a tuple.
r = 1 < 2 == True
print(r, type(r).__name__)
print(not 1 < 0, (not 1) < 0, not (1 < 2 < 3))
