# pyfix: --import-style=ruff --target-version=py312

import os
import tomllib
import zoneinfo

import asyncore
import distutils.core
import requests
