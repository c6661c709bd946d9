import os
import sys, json
from collections import OrderedDict, deque


def first(argv=sys.argv):
    return deque(argv).popleft()
