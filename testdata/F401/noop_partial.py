from collections import (
    OrderedDict,
    defaultdict,
    deque,
    namedtuple,
)
from os.path import join, exists, basename
from typing import Any, Dict, List as L

print(deque, exists, L)
