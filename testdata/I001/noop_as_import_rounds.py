from m import a as b
from m import c  # x
from n import b  # y
from n import a, c
from n import d as e
from n import z
from p import B as q
from p import *
from p import c
from p import z as y
from q import d  # c1
from q import B
from q import b
from q import b as x
from q import c
