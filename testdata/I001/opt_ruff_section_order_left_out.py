# pyfix: --import-style=ruff --import-option=section-order=["local-folder","first-party"] --known-first-party=mypkg
from . import r

from mypkg import m

from string import c
import zz
from email import a
import os
