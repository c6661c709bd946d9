# pyfix: --import-style=ruff --import-option=split-on-trailing-comma=false

import os
from .compat import (a, b, json as complexjson, x, z,)
from sys import (
    stderr,
    argv,
    stdout,
    exit,
)
from glob import (
    glob,
    iglob,
    escape,  # Ends with a comment
)
from foo import bar
from foo import baz
from module1 import member1
from module1 import (
    member2,
    member3,
)

x = 1
