from .sub.deep import depth
def describe():
    return "thing at depth %d (%s)" % (depth(), __name__)
