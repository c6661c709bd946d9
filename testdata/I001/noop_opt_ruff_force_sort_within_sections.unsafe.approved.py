# pyfix: --import-style=ruff --import-option=force-sort-within-sections=true

from __future__ import annotations

from collections import Counter, OrderedDict, defaultdict
import os
import sys
from typing import TYPE_CHECKING, Any, cast

import alpha
from mylib import util
import mylib.core
import numpy as np
import requests
from requests import Session as S
from requests import adapters, get
import six
import Zeta

from .. import parent
from . import local
from .compat import a, b
from .compat import json as complexjson

x = 1
