# pyfix: --import-style=ruff --import-option=default-section="standard-library"

from __future__ import annotations

import alpha
import mylib.core
import numpy as np
import os
import os.path
import requests
import six
import sys
import Zeta
from collections import Counter, OrderedDict, defaultdict
from mylib import util
from os import path, sep
from requests import Session as S
from requests import adapters, get
from typing import TYPE_CHECKING, Any, cast

from .. import parent
from . import local
from .compat import a, b
from .compat import json as complexjson

x = 1
