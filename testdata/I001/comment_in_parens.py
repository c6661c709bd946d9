import os
from a import (
    c,  # on c
    # above b
    b,
)
