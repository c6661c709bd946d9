# pyfix: --import-style=ruff --import-option=force-wrap-aliases=true --import-option=combine-as-imports=true

from __future__ import annotations

import os
import sys
from collections import Counter, OrderedDict, defaultdict
from typing import TYPE_CHECKING, Any, cast

import alpha
import mylib.core
import numpy as np
import requests
import six
import Zeta
from mylib import util
from requests import (
    Session as S,
    adapters,
    get,
)

from .. import parent
from . import local
from .compat import (
    a,
    b,
    json as complexjson,
)

x = 1
