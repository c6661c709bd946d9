# pyfix: --import-style=ruff --known-first-party=my*,tool[a-c].s?b
import os

import amy
import requests
import toold.sub

import mylib.sub
import myother
import toolb.sub
from mypkg import x
