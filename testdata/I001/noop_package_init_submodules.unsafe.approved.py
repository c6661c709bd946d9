# pyfix: --package-init
from . import a, b
