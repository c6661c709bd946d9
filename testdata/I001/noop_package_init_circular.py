# pyfix: --package-init
from .core import diag
from .common import x
