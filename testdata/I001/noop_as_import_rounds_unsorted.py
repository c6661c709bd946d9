from m import c  # x
from m import a as b
from n import c, d as e, z, a
from n import b  # y
from p import z as y, c, B as q
from p import *
from q import d  # c1
from q import B, b, b as x, c
