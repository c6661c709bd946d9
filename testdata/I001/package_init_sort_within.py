# pyfix: --package-init
import sys
from .a import y, x
import os
from .a import w
from .b import z
