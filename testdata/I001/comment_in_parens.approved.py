import os

# above b
from a import b
from a import c  # on c
