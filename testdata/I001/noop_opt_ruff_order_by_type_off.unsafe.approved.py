# pyfix: --import-style=ruff --import-option=order-by-type=false

from __future__ import annotations

import os
import sys
from collections import Counter, defaultdict, OrderedDict
from typing import Any, cast, TYPE_CHECKING

import alpha
import mylib.core
import numpy as np
import requests
import six
import Zeta
from mylib import util
from requests import adapters, get
from requests import Session as S

from .. import parent
from . import local
from .compat import a, b
from .compat import json as complexjson

x = 1
