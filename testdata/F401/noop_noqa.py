import json  # noqa: F401
import os  # noqa
from collections import (  # noqa: F401
    OrderedDict,
    deque,
)
from typing import (  # noqa
    List,
)
