# pyfix: --import-style=ruff

import sys
import os


