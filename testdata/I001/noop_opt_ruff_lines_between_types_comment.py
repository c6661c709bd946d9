# pyfix: --import-style=ruff --import-option=lines-between-types=1
import a


# c
from b import c
