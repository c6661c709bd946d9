# pyfix: --import-style=ruff --import-option=split-on-trailing-comma=false

import os
from glob import (
    escape,  # Ends with a comment
    glob,
    iglob,
)
from sys import argv, exit, stderr, stdout

from foo import bar, baz
from module1 import member1, member2, member3

from .compat import a, b, x, z
from .compat import json as complexjson

x = 1
