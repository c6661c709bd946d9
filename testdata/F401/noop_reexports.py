from __future__ import annotations

import json as json
from . import sibling as sibling
from os import path as path
