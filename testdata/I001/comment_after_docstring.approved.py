"""A module

with a long docstring.
"""

import os

# local imports
from . import util
