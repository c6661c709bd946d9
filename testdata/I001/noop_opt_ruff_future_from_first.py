# pyfix: --import-style=ruff
from __future__ import annotations
import __future__
