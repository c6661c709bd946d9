from .v2 import (
    a as b,
)
