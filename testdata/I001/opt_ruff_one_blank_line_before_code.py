# pyfix: --import-style=ruff

import sys
import os


x = 1
