# pyfix: --import-style=ruff
import os
import sys


# blank lines and a comment that end the file
