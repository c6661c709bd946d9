# pyfix: --import-style=ruff

import os
import sys


