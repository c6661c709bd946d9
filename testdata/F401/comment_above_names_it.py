# pyfix: --script
import sys

# Because sys.path gets essentially blanked, need to have unicodedata already
# imported for the parser to use.
import unicodedata

# Standard library
import json


def test_path():
    assert sys.path
