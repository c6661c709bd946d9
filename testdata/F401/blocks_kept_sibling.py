# The first import of a block becomes `pass` only when every other statement goes too.


def comment_keeps_one():
    import sys
    import os  # isort: skip
    import abc


def third_party_kept_without_unsafe_fixes():
    import json
    import numpy


def semicolon_keeps_one():
    import sys
    import os; import abc


def all_go():
    import sys
    import os
    import abc
