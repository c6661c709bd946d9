# pyfix: --import-style=ruff --import-option=force-single-line=true

from __future__ import annotations

import os
import sys
from collections import Counter
from collections import OrderedDict
from collections import defaultdict
from typing import TYPE_CHECKING
from typing import Any
from typing import cast

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
