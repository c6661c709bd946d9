# pyfix: --import-style=ruff

# Ruff counts `__main__` (itself, not a submodule) as first party, after third-party imports
import os

import __main__.sub
import requests

import __main__

from . import sibling

print(__main__, os, requests, sibling)
