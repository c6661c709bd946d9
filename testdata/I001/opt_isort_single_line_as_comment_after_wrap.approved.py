# pyfix: --import-style=isort --import-option=force_single_line=true
import os
import sys

from chardet import __version__ as chardet_version  # hello aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
