# pyfix: --import-style=ruff
import a.b
import a1
import x001
import x01
import x1
from m2 import x001, x01, x1, y9, y10
from x.y import z
from x1 import w
