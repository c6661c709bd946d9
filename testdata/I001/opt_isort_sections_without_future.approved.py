# pyfix: --import-style=isort --import-option=sections=["STDLIB","THIRDPARTY","FIRSTPARTY","LOCALFOLDER"]
from __future__ import annotations, division

import os

import requests
