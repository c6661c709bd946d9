# pyfix: --import-style=isort --import-option=profile="google"

from __future__ import annotations

from collections import Counter
from collections import defaultdict
from collections import OrderedDict
import os
from os import path
from os import sep
import os.path
import sys
from typing import Any, cast, TYPE_CHECKING

import alpha
from mylib import util
import mylib.core
import numpy as np
import requests
from requests import adapters
from requests import get
from requests import Session as S
import six
import Zeta

from . import local
from .. import parent
from .compat import a
from .compat import b
from .compat import json as complexjson

x = 1
