# pyfix: --import-style=isort

import os
from .compat import (a, b, json as complexjson, x, z,)

x = 1
