# pyfix: --import-style=ruff --import-option=required-imports=["import\u0020os"]
import os
os = None
