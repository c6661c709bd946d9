# pyfix: --import-style=isort --import-option=multi_line_output=10 --import-option=include_trailing_comma=true --import-option=use_parentheses=true --import-option=line_length=79

import os, sys
from collections import OrderedDict, defaultdict, Counter, namedtuple, ChainMap, deque, UserDict
from typing import TYPE_CHECKING, Any, cast, Dict, List, Optional, Tuple, Union, Callable, Iterable, Mapping
from os import path  # a comment that is long enough to push this line past the limit
from requests.adapters.very_long_module_name import something_with_a_long_name_too
from json import dumps, loads  # short
from shutil import copy as copy_file, move, rmtree
import attr
# a comment above an import
from shutil import copytree, copyfile, which, disk_usage, chown, get_terminal_size

print(os, sys, path)
