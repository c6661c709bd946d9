"""A module

with a long docstring.
"""

# local imports
from . import util
import os
