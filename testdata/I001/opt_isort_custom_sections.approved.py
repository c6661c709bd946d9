# pyfix: --import-style=isort --import-option=sections=["FUTURE","STDLIB","THIRDPARTY","DJANGO","MYCOMPANY","FIRSTPARTY","LOCALFOLDER"] --import-option=known_django=["django","flask"] --import-option=known_mycompany=["mycompany"] --import-option=no_lines_before=["MYCOMPANY"]

from __future__ import annotations

import os
import sys

import requests

import django.db
from django.conf import settings
from flask import Flask
import mycompany
from mycompany.util import helper

from . import local

x = 1
