# Checks generators combined with itertools: islice, chain, takewhile, tee, zip_longest, groupby.
import itertools


def naturals(label):
    n = 0
    while True:
        print("  %s produces %d" % (label, n))
        yield n
        n += 1


print("islice(2, 5):", list(itertools.islice(naturals("A"), 2, 5)))
print("islice step:", list(itertools.islice(naturals("B"), 0, 7, 3)))

print("-- islice leaves the generator positioned after the slice")
g = naturals("C")
print(list(itertools.islice(g, 2)))
print("next after slice:", next(g))


def letters(word):
    for ch in word:
        print("  letters yields", ch)
        yield ch


print("-- chain is lazy")
ch = itertools.chain(letters("ab"), letters("c"))
print("first:", next(ch))
print("rest:", list(ch))
print("chain.from_iterable:", list(itertools.chain.from_iterable(letters(w) for w in ["x", "yz"])))

print("-- takewhile consumes the first failing element")
g = naturals("T")
print(list(itertools.takewhile(lambda v: v < 3, g)))
print("next after takewhile:", next(g))
print("dropwhile:", list(itertools.islice(itertools.dropwhile(lambda v: v < 4, naturals("D")), 2)))

print("-- tee")
src = letters("pqr")
t1, t2 = itertools.tee(src, 2)
print("t1 first:", next(t1))
print("t2 all:", list(t2))
print("t1 rest:", list(t1))

print("-- zip_longest")


def short():
    yield 1
    yield 2


def longer():
    yield "a"
    yield "b"
    yield "c"
    yield "d"


print(list(itertools.zip_longest(short(), longer())))
print(list(itertools.zip_longest(short(), longer(), fillvalue="-")))

print("-- groupby over a generator")


def words():
    for w in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
        yield w


for key, group in itertools.groupby(words(), key=lambda w: w[0]):
    print(key, list(group))

print("-- groupby groups become invalid when advancing")
groups = [(k, g) for k, g in itertools.groupby(words(), key=len)]
print([(k, list(g)) for k, g in groups])

print("-- accumulate, compress, starmap, pairwise")
print(list(itertools.accumulate(x for x in range(1, 6))))
print(list(itertools.compress(letters("abcd"), (x % 2 == 0 for x in range(4)))))
print(list(itertools.starmap(pow, ((b, 2) for b in range(4)))))
print(list(itertools.pairwise(x * 10 for x in range(4))))
print(list(itertools.islice(itertools.cycle(short()), 5)))
print(list(itertools.product((c for c in "ab"), repeat=2)))
