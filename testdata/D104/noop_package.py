# pyfix: --package-init
from .core import run

__all__ = ["run"]
