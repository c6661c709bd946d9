# pyfix: --import-style=ruff --import-option=force-to-top=[".","a"]
from ..a import b
from . import c
from .b import d
from .a import e
from ...a import f
