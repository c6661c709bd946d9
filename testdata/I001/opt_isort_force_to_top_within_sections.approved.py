# pyfix: --import-style=isort --import-option=force_sort_within_sections=true --import-option=force_to_top=["requests","os"]

from __future__ import annotations

import os
from os import path, sep
from collections import Counter, OrderedDict, defaultdict
import os.path
import sys
from typing import TYPE_CHECKING, Any, cast

import requests
from requests import Session as S
from requests import adapters, get
import Zeta
import alpha
from mylib import util
import mylib.core
import numpy as np
import six

from . import local
from .. import parent
from .compat import a, b
from .compat import json as complexjson

x = 1
