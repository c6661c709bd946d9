# pyfix: --import-style=isort --import-option=force_sort_within_sections=true --import-option=group_by_package=true --import-option=force_single_line=true

from __future__ import annotations

from collections import Counter
from collections import OrderedDict
from collections import defaultdict
import os
from os import path
from os import sep
import os.path
import sys
from typing import TYPE_CHECKING
from typing import Any
from typing import cast

import Zeta
import alpha
from mylib import util
import mylib.core
import numpy as np
import requests
from requests import Session as S
from requests import adapters
from requests import get
import six

from . import local
from .. import parent
from .compat import a
from .compat import b
from .compat import json as complexjson

x = 1
