# pyfix: --package-init
from . import b, a
