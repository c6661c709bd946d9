# pyfix: --import-style=isort --import-option=force_single_line=true --import-option=single_line_exclusions=["typing"]

from __future__ import annotations

import os
import sys
from collections import Counter
from collections import OrderedDict
from collections import defaultdict
from typing import TYPE_CHECKING, Any, cast

import alpha
import mylib.core
import numpy as np
import requests
import six
import Zeta
from mylib import util
from requests import Session as S
from requests import adapters
from requests import get

from .. import parent
from . import local
from .compat import a
from .compat import b
from .compat import json as complexjson

x = 1
