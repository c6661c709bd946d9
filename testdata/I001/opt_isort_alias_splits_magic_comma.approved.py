# pyfix: --import-style=isort

import os

from .compat import a, b
from .compat import json as complexjson
from .compat import x, z

x = 1
