# pyfix: --script
# A test module or script is run, not imported from: its unused imports go SAFE at any level.
import sys
from collections import defaultdict


def test_argv():

    assert defaultdict(list)[sys.argv[0]] == []
