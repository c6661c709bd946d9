import sys

# the last binding goes first; the next round finds the one before it unused
if sys.version_info < (3,):
    from urllib import quote
else:
    from urllib.parse import quote
