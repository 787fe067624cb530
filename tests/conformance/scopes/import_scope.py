# Import statements bind names in the current scope.

def local_import():
    import math
    from string import ascii_lowercase as letters
    return math.sqrt(16), letters[:3]


print(local_import())
try:
    math
except NameError as e:
    print(type(e).__name__, e)
try:
    letters
except NameError as e:
    print(type(e).__name__, e)


def import_shadows_global():
    import json as operator
    return operator.dumps([1])


import operator
print(import_shadows_global(), operator.add(1, 2))


def from_import_in_nested():
    from functools import reduce

    def total(xs):
        return reduce(lambda a, b: a + b, xs)
    return total([1, 2, 3]), total.__code__.co_freevars


print(from_import_in_nested())


class HasImport:
    import collections
    from itertools import count as counter_fn
    dq = collections.deque([1, 2])

    def use(self):
        return self.collections.OrderedDict([("a", 1)])


print(list(HasImport.dq), list(HasImport().use().items()))
print(HasImport.counter_fn.__name__)
try:
    collections
except NameError as e:
    print(type(e).__name__, e)


def conditional_import(flag):
    if flag:
        import string
    return string.digits


print(conditional_import(True))
try:
    conditional_import(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)


def global_import():
    global textwrap
    import textwrap


global_import()
print(textwrap.shorten("hello there world", width=12))

import os.path
print(os.path.join("a", "b"), os.sep == "/")
import os.path as osp
print(osp is os.path)


def import_module_attr():
    from collections import abc
    return isinstance([], abc.Sequence), abc.__name__


print(import_module_attr())
try:
    from math import does_not_exist
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
