# pyfix: --import-style=isort --import-option=import_heading_stdlib="Standard\u0020Library" --import-option=import_heading_thirdparty="Third\u0020Party"
# Third Party
import requests
# Standard Library
import os
# a real comment
import sys

print(os, sys, requests)
