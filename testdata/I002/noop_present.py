# pyfix: --import-style=ruff --unsafe-fixes --import-option=required-imports=["from\u0020__future__\u0020import\u0020annotations","import\u0020os"]
from __future__ import annotations

import os

print(os.sep)
