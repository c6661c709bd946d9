# pyfix: --import-style=ruff
import d
from c import (
    x,
)  # isort: skip
from b import (
    y,  # isort: skip
)
from a import v, \
    w  # ruff: isort: skip
import e
import g  # isort: skip
import f
