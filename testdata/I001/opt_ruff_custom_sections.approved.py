# pyfix: --import-style=ruff --import-option=section-order=["future","standard-library","third-party","django","mycompany","first-party","local-folder"] --import-option=sections={django=["django","flask"],mycompany=["mycompany"]} --import-option=no-lines-before=["mycompany"]

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
