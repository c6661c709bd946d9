from collections import (
    deque,
)
from os.path import exists
from typing import List as L

print(deque, exists, L)
