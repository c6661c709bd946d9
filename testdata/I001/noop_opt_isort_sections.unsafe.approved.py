# pyfix: --import-style=isort --import-option=sections=["FUTURE","STDLIB","FIRSTPARTY","THIRDPARTY","LOCALFOLDER"] --known-first-party=mylib

from __future__ import annotations

import os
import sys
from collections import Counter, OrderedDict, defaultdict
from typing import TYPE_CHECKING, Any, cast

import mylib.core
from mylib import util

import alpha
import numpy as np
import requests
import six
import Zeta
from requests import Session as S
from requests import adapters, get

from .. import parent
from . import local
from .compat import a, b
from .compat import json as complexjson

x = 1
