# pyfix: --package-init
from .common import x
from .core import diag
