import heapq
import bisect
import textwrap
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print([heapq.heappop(h), heapq.heappop(h), heapq.heappop(h)])
print(heapq.nlargest(2, [4, 1, 7, 3]), heapq.nsmallest(2, [4, 1, 7, 3]), list(heapq.merge([1, 4], [2, 3])))
a = [1, 3, 3, 7, 9]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 8))
bisect.insort(a, 4)
print(a)
para = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.fill(para, width=30))
print(textwrap.shorten(para, width=40), textwrap.dedent("    a\n    b"), textwrap.indent("x\ny", "> "))
