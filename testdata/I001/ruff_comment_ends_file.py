# pyfix: --import-style=ruff
import sys
import os
# a comment that ends the file
