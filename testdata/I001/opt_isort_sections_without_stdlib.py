# pyfix: --import-style=isort --import-option=sections=["FUTURE","THIRDPARTY","FIRSTPARTY","LOCALFOLDER"] --known-first-party=mypkg --import-option=extra_standard_library=["requests"]

from mypkg import x
import sys
import requests
import os.path
from . import y

print(sys, os, requests, x, y)
