from m import a as a
from m import (  # noqa: F401
    b as b
)
from n import c as c
from n import (  # keep on d
    d as d
)
