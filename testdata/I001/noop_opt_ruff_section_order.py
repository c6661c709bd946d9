# pyfix: --import-style=ruff --import-option=section-order=["future","standard-library","first-party","third-party","local-folder"] --known-first-party=mylib

import sys, os
from collections import OrderedDict, defaultdict, Counter
from typing import TYPE_CHECKING, Any, cast
import requests
from requests import Session as S, get, adapters
from . import local
from .. import parent
from .compat import json as complexjson, b, a
import Zeta
import alpha
import numpy as np
import mylib.core
from mylib import util
from __future__ import annotations
import six

x = 1
