from contextlib import suppress

with suppress(ImportError):
    import yaml
    import json
