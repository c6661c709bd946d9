# pyfix: --import-style=isort --import-option=sections=["FUTURE","STDLIB","THIRDPARTY","DJANGO","FIRSTPARTY","LOCALFOLDER"] --import-option=known_django=["django"] --import-option=default_section="DJANGO"

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
