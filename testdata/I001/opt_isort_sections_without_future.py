# pyfix: --import-style=isort --import-option=sections=["STDLIB","THIRDPARTY","FIRSTPARTY","LOCALFOLDER"]
from __future__ import annotations
import os
import requests
from __future__ import division
