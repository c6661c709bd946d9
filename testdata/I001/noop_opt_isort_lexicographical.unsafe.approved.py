# pyfix: --import-style=isort --import-option=force_sort_within_sections=true --import-option=lexicographical=true

from __future__ import annotations

from collections import Counter, OrderedDict, defaultdict
import os
import os.path
from os import path, sep
import sys
from typing import TYPE_CHECKING, Any, cast

import Zeta
import alpha
import mylib.core
from mylib import util
import numpy as np
import requests
from requests import Session as S
from requests import adapters, get
import six

from .. import parent
from . import local
from .compat import a, b
from .compat import json as complexjson

x = 1
