# pyfix: --import-style=ruff --import-option=required-imports=["import\u0020os"]
import os
x = 1
print(sorted(k for k in globals() if not k.startswith("__")))
