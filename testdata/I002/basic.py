# pyfix: --import-style=ruff --unsafe-fixes --import-option=required-imports=["from\u0020__future__\u0020import\u0020annotations","import\u0020os"]
"""The docstring."""

# a comment about the code
import sys

print(sys.argv)
