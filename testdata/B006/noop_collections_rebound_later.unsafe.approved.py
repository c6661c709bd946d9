import collections
from collections import deque


def f(x=None):
    if x is None:
        x = collections.OrderedDict()
    return len(x)


def g(x=None):
    if x is None:
        x = deque()
    return len(x)


collections = None
del deque
