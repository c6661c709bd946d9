from contextlib import suppress

with suppress(ImportError):
    import json

    import yaml
