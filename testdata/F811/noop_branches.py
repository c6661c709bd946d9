import sys

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomllib

try:
    import json
except ImportError:
    import json

print(tomllib, json)
