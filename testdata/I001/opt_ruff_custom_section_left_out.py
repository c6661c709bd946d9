# pyfix: --import-style=ruff --import-option=sections={mine=["os"]}
import os
import sys
import zz
