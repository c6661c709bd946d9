# pyfix: --package-init
import os
import sys

from .a import w, x, y
from .b import z
