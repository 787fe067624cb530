# import x, import x.y as z, from x import y (as z), from package import submodule.
import os
import os.path
import os.path as osp
import xml.etree.ElementTree as ElementTree
from json import dumps, loads as parse
from collections import abc
from encodings import utf_8
import importlib
print(os.path.basename("/a/b/c.txt"), osp.splitext("f.tar.gz"), os.sep, osp is os.path)
print(dumps([1]), parse("[2]"), abc.Mapping.__name__, utf_8.__name__)
print(ElementTree.__name__, importlib.import_module("string").ascii_lowercase[:3])
from string import ascii_uppercase as AU, digits
print(AU[:5], digits)
