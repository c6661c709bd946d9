import os
import sys

if x:
    from b import y, x

import re

try:
    import c, a
except ImportError:
    pass
