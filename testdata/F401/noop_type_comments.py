from typing import List
from collections import OrderedDict


def f(x):  # type: (List[int]) -> OrderedDict
    y = []  # type: List[int]
    return y
