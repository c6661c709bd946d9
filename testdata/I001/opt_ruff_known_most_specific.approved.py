# pyfix: --import-style=ruff --known-first-party=a --known-third-party=a.b
import os

import a.b.c
import zzz

import a.x
