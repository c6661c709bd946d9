# pyfix: --import-style=ruff
import a
import b
from a import (
    x,
)  # isort: skip
