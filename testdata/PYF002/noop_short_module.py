# pyfix: --max-module-lines=3
import os

A = os.sep
