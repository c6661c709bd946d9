import requests
from . import local
import os
from __future__ import annotations
import numpy as np
