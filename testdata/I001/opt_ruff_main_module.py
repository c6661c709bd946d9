# pyfix: --import-style=ruff

# Ruff counts `__main__` (itself, not a submodule) as first party, after third-party imports
import __main__
import __main__.sub
import os
import requests
from . import sibling

print(__main__, os, requests, sibling)
