# pyfix: --import-style=ruff --import-option=force-sort-within-sections=true
from logging import *
from logging import Z
import sys

from a import *
from a import CONST, b
