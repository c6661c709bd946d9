import c

import b  # keep here, isort: skip
import a

from m import (  # isort:skip
    y,
    x,
)
import e
import f
