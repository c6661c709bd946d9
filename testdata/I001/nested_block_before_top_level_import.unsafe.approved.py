import os
import sys

if x:
    from b import y, x

import re

try:
    import a
    import c
except ImportError:
    pass
