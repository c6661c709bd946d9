# pyfix: --script
import sys

# Because sys.path gets essentially blanked, need to have unicodedata already
# imported for the parser to use.

# Standard library


def test_path():
    assert sys.path
