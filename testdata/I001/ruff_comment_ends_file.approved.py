# pyfix: --import-style=ruff
import os
import sys
# a comment that ends the file
