# pyfix: --import-style=ruff --import-option=lines-between-types=1
import __future__
from __future__ import annotations
import os
