# pyfix: --import-style=ruff
from os import path  # comment a
from os import sep  # comment b
import sys
from os import getcwd

print(path, sep, sys, getcwd)
