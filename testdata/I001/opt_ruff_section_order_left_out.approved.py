# pyfix: --import-style=ruff --import-option=section-order=["local-folder","first-party"] --known-first-party=mypkg
from . import r

from mypkg import m

import os
import zz
from email import a
from string import c
