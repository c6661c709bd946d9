# pyfix: --import-style=ruff
import os
import sys

# ruff: isort: off
import sys
import os
# ruff: isort: on

# a comment holding a pragma after a later '#' is left out of the width, as the pragma alone is
from aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa import x  # keep this  # noqa: TID251
from aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb import (  # keep this, too long
    y,
    z,
)
