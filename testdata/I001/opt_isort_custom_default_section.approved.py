# pyfix: --import-style=isort --import-option=sections=["FUTURE","STDLIB","THIRDPARTY","DJANGO","FIRSTPARTY","LOCALFOLDER"] --import-option=known_django=["django"] --import-option=default_section="DJANGO"

from __future__ import annotations

import os
import sys

import django.db
import mycompany
import requests
from django.conf import settings
from flask import Flask
from mycompany.util import helper

from . import local

x = 1
