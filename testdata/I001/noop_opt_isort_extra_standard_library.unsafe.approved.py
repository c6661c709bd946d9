# pyfix: --import-style=isort --import-option=extra_standard_library=["six"]

from __future__ import annotations

import os
import six
import sys
from collections import Counter, OrderedDict, defaultdict
from typing import TYPE_CHECKING, Any, cast

import alpha
import mylib.core
import numpy as np
import requests
import Zeta
from mylib import util
from requests import Session as S
from requests import adapters, get

from .. import parent
from . import local
from .compat import a, b
from .compat import json as complexjson

x = 1
