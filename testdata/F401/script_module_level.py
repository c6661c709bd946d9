# pyfix: --script
# A test module or script is run, not imported from: its unused imports go SAFE at any level.
import os
import sys
from collections import OrderedDict, defaultdict


def test_argv():
    import json

    assert defaultdict(list)[sys.argv[0]] == []
