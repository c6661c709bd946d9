import sys
from collections import deque


def first(argv=sys.argv):
    return deque(argv).popleft()
