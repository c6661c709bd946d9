# pyfix: --import-style=ruff --import-option=section-order=["future","standard-library","third-party","django","mycompany","first-party","local-folder"] --import-option=sections={django=["django","flask"],mycompany=["mycompany"]} --import-option=no-lines-before=["mycompany"]

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
