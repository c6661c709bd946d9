from __future__ import annotations

import os

import numpy as np
import requests

from . import local
