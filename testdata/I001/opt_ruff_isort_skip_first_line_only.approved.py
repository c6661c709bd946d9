# pyfix: --import-style=ruff
import d
import e
from a import (
    v,
    w,  # ruff: isort: skip
)
from b import (
    y,  # isort: skip
)
from c import (
    x,
)  # isort: skip

import g  # isort: skip
import f
