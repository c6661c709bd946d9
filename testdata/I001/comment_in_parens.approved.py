import os

from a import c  # on c
from a import (
    # above b
    b,
)
