# pyfix: --import-style=ruff --unsafe-fixes --import-option=required-imports=["from\u0020__future__\u0020import\u0020annotations","import\u0020os"]
"""Only a docstring: nothing needs the imports."""
