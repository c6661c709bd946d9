import os
import sys
"""Not the docstring while the imports open the module."""


def f():
    import json
    "nor this one"; return 1


class C:
    def g(self):
        from collections import OrderedDict
        ("nor this")
