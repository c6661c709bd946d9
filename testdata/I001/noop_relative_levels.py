from . import x
from .. import y
from .a import b
from ..a import c
from ...z import q
