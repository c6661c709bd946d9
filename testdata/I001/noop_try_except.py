try:
    import ujson as json
    import foo
except ImportError:
    import json
