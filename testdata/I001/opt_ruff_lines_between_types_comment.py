# pyfix: --import-style=ruff --import-option=lines-between-types=2
import a
# c
from b import c
