# pyfix: --import-style=ruff
# ruff: isort: skip_file
import sys
import os
