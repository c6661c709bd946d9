# pyfix: --import-style=isort --import-option=profile="hug" --import-option=line_length=40 --import-option=include_trailing_comma=false
import os
from collections import _priv as _priv_  # section with words
