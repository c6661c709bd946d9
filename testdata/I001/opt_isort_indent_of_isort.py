# pyfix: --import-style=isort
# with isort settings, names are indented with isort's indent (4 spaces), whatever the file uses
from bbbbbbbbbbbbbbbbbbbbbb import cccccccccccccccccccccc, dddddddddddddddddddddd, eeeeeeeeeeeeeeeeeeeee


def f():
  return cccccccccccccccccccccc, dddddddddddddddddddddd, eeeeeeeeeeeeeeeeeeeee
