# pyfix: --import-style=ruff --import-option=section-order=["local-folder","first-party"]
from email import a
from localmod import b
from string import c
