import json
from os import path

__all__ = ["path"] + EXTRA
