# pyfix: --import-style=ruff

import distutils
import os
import tomllib

import test.support
