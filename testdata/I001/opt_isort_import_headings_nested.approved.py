# pyfix: --import-style=isort --import-option=import_heading_stdlib="Standard\u0020Library" --import-option=import_heading_thirdparty="Third\u0020Party"
# Standard Library
import os


def load():
    # Standard Library
    import json
    import sys

    return os, sys, json


if os.name:
    import abc
    import json
