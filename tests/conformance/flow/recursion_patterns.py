# Recursion: factorial, fibonacci with memo, mutual recursion, tree walks, permutations.


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print([fact(n) for n in range(10)], fact(30))

memo = {}


def fib(n):
    if n < 2:
        return n
    if n in memo:
        return memo[n]
    memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]


print(fib(90), len(memo))


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print([is_even(n) for n in range(6)], is_odd(101))


def flatten(x):
    if not isinstance(x, list):
        return [x]
    out = []
    for item in x:
        out.extend(flatten(item))
    return out


print(flatten([1, [2, [3, [4, [5]]]], [], [[6], 7]]))


def depth(tree):
    if not isinstance(tree, (list, tuple)) or not tree:
        return 0
    return 1 + max([depth(t) for t in tree])


print(depth([1, [2, [3]], []]), depth([]), depth(((((1,),),),)))


def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    result = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            result.append([items[i]] + p)
    return result


perms = permutations([1, 2, 3])
print(len(perms), perms)
print(len(permutations(list("abcde"))))


def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)


moves = []
hanoi(4, "A", "C", "B", moves)
print(len(moves), moves[:5])


def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


print(gcd(1071, 462), gcd(17, 5), gcd(0, 9))


def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]


print(sorted(power_set([1, 2, 3])))


def count_down(n, acc):
    if n == 0:
        return acc
    acc.append(n)
    return count_down(n - 1, acc)


print(len(count_down(120, [])))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(ackermann(2, 3), ackermann(1, 10))

# Recursive closure.
def make_walker():
    seen = []

    def walk(node):
        seen.append(node["name"])
        for child in node.get("children", []):
            walk(child)

    return walk, seen


walk, seen = make_walker()
walk({"name": "root", "children": [{"name": "a", "children": [{"name": "a1"}]}, {"name": "b"}]})
print(seen)
