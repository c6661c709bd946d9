# pyfix: --import-style=ruff

import test.support
import os
import tomllib
import distutils
