# pyfix: --import-style=isort --import-option=sections=["FUTURE","STDLIB","THIRDPARTY","DJANGO","MYCOMPANY","FIRSTPARTY","LOCALFOLDER"] --import-option=known_django=["django","flask"] --import-option=known_mycompany=["mycompany"] --import-option=no_lines_before=["MYCOMPANY"]

import sys, os
import django.db
from django.conf import settings
from flask import Flask
import requests
from mycompany.util import helper
import mycompany
from . import local
from __future__ import annotations

x = 1
