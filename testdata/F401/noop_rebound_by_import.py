import sys

# only the last binding of a name is reported, as in Ruff: here it is kept for other modules
if sys.version_info < (3,):
    from urllib import quote, unquote
else:
    from urllib.parse import quote, unquote  # noqa: F401
