# pyfix: --import-style=isort --import-option=from_first=true

from __future__ import annotations

from collections import Counter, OrderedDict, defaultdict
from typing import TYPE_CHECKING, Any, cast
import os
import sys

from mylib import util
from requests import Session as S
from requests import adapters, get
import alpha
import mylib.core
import numpy as np
import requests
import six
import Zeta

from .. import parent
from . import local
from .compat import a, b
from .compat import json as complexjson

x = 1
