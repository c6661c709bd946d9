# pyfix: --import-style=isort --import-option=force_single_line=true --import-option=line_length=50 --import-option=use_parentheses=true --import-option=include_trailing_comma=true
import os
import sys

from m import a as b  # important for BaseSettings import to work
