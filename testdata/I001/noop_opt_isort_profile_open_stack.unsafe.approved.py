# pyfix: --import-style=isort --import-option=profile="open_stack"

from __future__ import annotations

from collections import Counter
from collections import OrderedDict
from collections import defaultdict
import os
import os.path
from os import path
from os import sep
import sys
from typing import Any
from typing import TYPE_CHECKING
from typing import cast

import Zeta
import alpha
import mylib.core
from mylib import util
import numpy as np
import requests
from requests import Session as S
from requests import adapters
from requests import get
import six

from .. import parent
from . import local
from .compat import a
from .compat import b
from .compat import json as complexjson

x = 1
