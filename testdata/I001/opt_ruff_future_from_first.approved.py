# pyfix: --import-style=ruff --import-option=lines-between-types=1
from __future__ import annotations
import __future__

import os
