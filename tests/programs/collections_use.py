# lists, tuples, dicts, sets and the collections module.
import collections
from collections import Counter, defaultdict, deque, namedtuple
nums = [5, 3, 8, 1]
nums.append(7); nums.extend([2]); nums.insert(0, 9); nums.remove(3)
print(nums, sorted(nums), nums.index(8), nums.pop(), nums.count(5), min(nums), max(nums), sum(nums))
nums.sort(reverse=True)
print(nums, nums[1:3], list(reversed(nums)))
d = {"a": 1, "b": 2}
d["c"] = 3
del d["a"]
print(d, list(d.keys()), list(d.values()), d.get("z", 0), "b" in d, len(d))
print(sorted(set("mississippi")), {1, 2} | {3}, {1, 2} & {2, 3}, {1, 2} - {2}, frozenset([1]) == {1})
c = Counter("abracadabra")
print(c.most_common(2), c["a"])
dd = defaultdict(list)
dd["x"].append(1)
print(dict(dd))
q = deque([1, 2, 3], maxlen=3)
q.append(4)
print(q, q.popleft())
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x + p.y, p._asdict())
print(collections.OrderedDict([("k", 1)]), tuple([1, 2]) * 2, list(zip([1, 2], "ab")), dict(zip("ab", range(2))))
