# pyfix: --import-style=isort --import-option=default_section="FUTURE"
from __future__ import annotations

import os

import zz
