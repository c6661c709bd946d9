from ...z import q
from .. import y
from ..a import c
from . import x
from .a import b
