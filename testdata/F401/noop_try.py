try:
    import ujson
except ImportError:
    ujson = None

try:
    import tomllib
except ModuleNotFoundError:
    pass
