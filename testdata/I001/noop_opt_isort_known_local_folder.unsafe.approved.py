# pyfix: --import-style=isort --import-option=known_local_folder=["mylib"]

from __future__ import annotations

import os
import sys
from collections import Counter, OrderedDict, defaultdict
from typing import TYPE_CHECKING, Any, cast

import alpha
import numpy as np
import requests
import six
import Zeta
from requests import Session as S
from requests import adapters, get

import mylib.core
from .. import parent
from . import local
from .compat import a, b
from .compat import json as complexjson
from mylib import util

x = 1
