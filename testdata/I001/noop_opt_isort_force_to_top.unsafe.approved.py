# pyfix: --import-style=isort --import-option=force_to_top=["requests","sys","get","numpy"]

from __future__ import annotations

import sys
import os
import os.path
from collections import Counter, OrderedDict, defaultdict
from os import path, sep
from typing import TYPE_CHECKING, Any, cast

import numpy as np
import requests
import alpha
import mylib.core
import six
import Zeta
from requests import get
from requests import Session as S
from requests import adapters
from mylib import util

from .. import parent
from . import local
from .compat import a, b
from .compat import json as complexjson

x = 1
