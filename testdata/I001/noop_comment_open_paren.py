from m import a as a
from m import (  # noqa: F401
    b as b,
)
