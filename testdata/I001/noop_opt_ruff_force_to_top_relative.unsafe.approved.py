# pyfix: --import-style=ruff --import-option=force-to-top=[".","a"]
from ...a import f
from ..a import b
from .a import e
from . import c
from .b import d
