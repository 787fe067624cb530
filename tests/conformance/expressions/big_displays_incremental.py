# Displays of more than 30 items are built as CPython 3.11 builds them: in chunks,
# item by item, so the order of evaluation and hashing is observable.
log = []


class K:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        log.append("hash%d" % self.n)
        return self.n

    def __eq__(self, other):
        return isinstance(other, K) and other.n == self.n


def v(n):
    log.append("val%d" % n)
    return n


d = {K(0): v(0), K(1): v(1), K(2): v(2), K(3): v(3), K(4): v(4), K(5): v(5), K(6): v(6), K(7): v(7),
     K(8): v(8), K(9): v(9), K(10): v(10), K(11): v(11), K(12): v(12), K(13): v(13), K(14): v(14),
     K(15): v(15), K(16): v(16), K(17): v(17), K(18): v(18), K(19): v(19), K(20): v(20)}
print(len(d), sorted(k.n for k in d))
print(" ".join(log))
log.clear()
s = {K(0), K(1), K(2), K(3), K(4), K(5), K(6), K(7), K(8), K(9), K(10), K(11), K(12), K(13), K(14), K(15),
     K(16), K(17), K(18), K(19), K(20), K(21), K(22), K(23), K(24), K(25), K(26), K(27), K(28), K(29), K(30), v(99)}
print(len(s), " ".join(log))
big = {"k%d" % i: i for i in range(3)}
words = {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7, "h": 8, "i": 9, "j": 10, "k": 11, "l": 12,
         "m": 13, "n": 14, "o": 15, "p": 16, "q": 17, "r": 18, "s": 19, "t": 20, "u": 21, "v": 22, "w": 23,
         "x": 24, "y": 25, "z": 26, "a": 0}
print(list(words.items())[:3], words["a"], len(words))
t = (v(1), v(2), v(3), v(4), v(5), v(6), v(7), v(8), v(9), v(10), v(11), v(12), v(13), v(14), v(15), v(16),
     v(17), v(18), v(19), v(20), v(21), v(22), v(23), v(24), v(25), v(26), v(27), v(28), v(29), v(30), v(31))
print(type(t).__name__, len(t), t[-1])
try:
    {K(0): 0, K(1): 1, K(2): 2, K(3): 3, K(4): 4, K(5): 5, K(6): 6, K(7): 7, K(8): 8, K(9): 9, K(10): 10,
     K(11): 11, K(12): 12, K(13): 13, K(14): 14, K(15): 15, K(16): 16, []: v(100), K(17): v(101)}
except TypeError as e:
    print("TypeError", e, log[-2:])
