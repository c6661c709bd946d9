import collections
from collections import deque


def f(x=collections.OrderedDict()):
    return len(x)


def g(x=deque()):
    return len(x)


collections = None
del deque
