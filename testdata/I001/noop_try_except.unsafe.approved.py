try:
    import foo
    import ujson as json
except ImportError:
    import json
