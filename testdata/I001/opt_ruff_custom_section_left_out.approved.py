# pyfix: --import-style=ruff --import-option=sections={mine=["os"]}
import sys

import os
import zz
