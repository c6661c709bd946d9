# pyfix: --import-style=isort --import-option=profile="pycharm"
import os
# pylint: disable=unused-import
import sys
