# Recursion: direct, mutual, with accumulators, over nested data.

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def flatten(obj):
    if isinstance(obj, (list, tuple)):
        out = []
        for item in obj:
            out.extend(flatten(item))
        return out
    return [obj]


def depth(obj):
    if isinstance(obj, list):
        return 1 + max([depth(x) for x in obj] + [0])
    return 0


def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    result = []
    for i, head in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            result.append([head] + rest)
    return result


def hanoi(n, src, dst, via, moves):
    if n == 0:
        return moves
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)
    return moves


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def binsearch(seq, target, lo=0, hi=None):
    if hi is None:
        hi = len(seq)
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if seq[mid] == target:
        return mid
    if seq[mid] < target:
        return binsearch(seq, target, mid + 1, hi)
    return binsearch(seq, target, lo, mid)


print(fact(0), fact(5), fact(25))
print(gcd(1071, 462), gcd(17, 5))
print(is_even(40), is_odd(41), is_even(7))
print(flatten([1, [2, [3, (4, 5)], []], [[[6]]]]))
print(depth([]), depth([1, [2, [3]]]), depth(5))
print(permutations([1, 2, 3]))
print(len(hanoi(5, "A", "C", "B", [])), hanoi(2, "A", "C", "B", []))
print(ackermann(2, 3))
data = list(range(0, 100, 3))
print([binsearch(data, t) for t in (0, 3, 50, 51, 99, 100)])


def count_down(n, acc=None):
    acc = [] if acc is None else acc
    if n < 0:
        return acc
    acc.append(n)
    return count_down(n - 1, acc)


print(count_down(10))
print(len(count_down(120)))
