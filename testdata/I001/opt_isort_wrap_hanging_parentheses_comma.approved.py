# pyfix: --import-style=isort --import-option=multi_line_output=10 --import-option=include_trailing_comma=true --import-option=use_parentheses=true --import-option=line_length=79

import os
import sys
from collections import (ChainMap, Counter, OrderedDict, UserDict, defaultdict,
    deque, namedtuple,)
from json import dumps, loads  # short
from os import (
    path,)  # a comment that is long enough to push this line past the limit

# a comment above an import
from shutil import chown
from shutil import copy as copy_file
from shutil import (copyfile, copytree, disk_usage, get_terminal_size, move,
    rmtree, which,)
from typing import (TYPE_CHECKING, Any, Callable, Dict, Iterable, List,
    Mapping, Optional, Tuple, Union, cast,)

import attr
from requests.adapters.very_long_module_name import (
    something_with_a_long_name_too,)

print(os, sys, path)
