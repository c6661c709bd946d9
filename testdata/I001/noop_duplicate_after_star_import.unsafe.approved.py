# The later import rebinds `sep` after the star import, which binds `sep` too.
import string as sep
from os.path import *

print(sep)
