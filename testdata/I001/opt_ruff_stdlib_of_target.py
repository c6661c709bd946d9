# pyfix: --import-style=ruff --target-version=py312

import distutils.core
import os
import requests
import tomllib
import asyncore
import zoneinfo
