# pyfix: --import-style=isort --import-option=sections=["FUTURE","THIRDPARTY","FIRSTPARTY","LOCALFOLDER"] --known-first-party=mypkg --import-option=extra_standard_library=["requests"]

import os.path
import requests
import sys

from mypkg import x

from . import y

print(sys, os, requests, x, y)
