# pyfix: --import-style=ruff --import-option=force-sort-within-sections=true
from logging import *
import sys
from logging import Z
from a import *
from a import CONST, b
