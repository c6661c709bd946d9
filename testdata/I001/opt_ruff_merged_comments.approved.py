# pyfix: --import-style=ruff
import sys
from os import (
    getcwd,
    path,  # comment a
    sep,  # comment b
)

print(path, sep, sys, getcwd)
