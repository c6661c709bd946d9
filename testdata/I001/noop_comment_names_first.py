from a import d  # on d
from a import c  # on c
from a import b
from a import *
from a import f as x  # on f
from a import e as y
