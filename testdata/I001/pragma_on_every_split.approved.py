import os  # noqa: F401
import sys  # noqa: F401

from m import a as b  # noqa: F401
from m import c  # noqa: F401
