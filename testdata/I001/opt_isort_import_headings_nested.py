# pyfix: --import-style=isort --import-option=import_heading_stdlib="Standard\u0020Library" --import-option=import_heading_thirdparty="Third\u0020Party"
import os


def load():
    # Standard Library
    import sys
    import json

    return os, sys, json


if os.name:
    import json
    import abc
