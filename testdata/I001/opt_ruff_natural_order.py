# pyfix: --import-style=ruff
import x1
import x01
import x001
import a1
import a.b
from m2 import x1, x01, x001, y10, y9
from x1 import w
from x.y import z
