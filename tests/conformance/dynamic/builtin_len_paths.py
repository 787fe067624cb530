# len() of the builtin types (answered without the call) beside subclasses, other
# objects, wrong arities, aliases and a rebound builtins.len.
import builtins
print(len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(frozenset()), len("héllo"), len(b"ab"), len(range(5)))
class L(list):
    def __len__(self):
        return 42
print(len(L([1])))
try:
    len(5)
except TypeError as e:
    print(e)
try:
    len()
except TypeError as e:
    print(e)
try:
    len([1], [2])
except TypeError as e:
    print(e)
f = len
print(f([1, 2, 3]))
builtins.len = lambda x: "patched"
print(len([1]))
def local():
    len = lambda x: -1
    return len([1, 2])
print(local())
