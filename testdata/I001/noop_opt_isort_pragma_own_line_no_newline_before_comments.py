# pyfix: --import-style=isort --import-option=ensure_newline_before_comments=false
import os
# ruff: noqa: F401
import sys


def f():
    import json
    # pylint: disable=unused-import
    import re
