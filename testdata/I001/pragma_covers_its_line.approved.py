import os  # noqa: E401
import sys  # noqa: E401

from foo import alpha  # noqa: F401
from foo import beta  # noqa: F401
