from os.path import *
from . import *
import sys
x = [y for y in sys.path]
