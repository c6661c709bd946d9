import collections
import collections as c
from collections import deque as dq, OrderedDict


def a(x=None):
    if x is None:
        x = collections.defaultdict(list)
    return len(x)


def b(x=None):
    if x is None:
        x = c.Counter()
    return x["k"]


def d(x=None):
    if x is None:
        x = dq()
    return bool(x)


def e(x=None):
    if x is None:
        x = OrderedDict()
    return list(x)
