# pyfix: --import-style=isort --import-option=length_sort=true

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Any, cast
from collections import Counter, OrderedDict, defaultdict

import six
import Zeta
import alpha
import numpy as np
import requests
import mylib.core
from mylib import util
from requests import Session as S
from requests import get, adapters

from . import local
from .. import parent
from .compat import a, b
from .compat import json as complexjson

x = 1
