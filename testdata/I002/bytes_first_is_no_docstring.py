# pyfix: --import-style=ruff --import-option=required-imports=["from\u0020__future__\u0020import\u0020division"]
b"data"
print(1)
