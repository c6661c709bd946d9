import collections
import collections as c
from collections import deque as dq, OrderedDict


def a(x=collections.defaultdict(list)):
    return len(x)


def b(x=c.Counter()):
    return x["k"]


def d(x=None):
    if x is None:
        x = dq()
    return bool(x)


def e(x=OrderedDict()):
    return list(x)
