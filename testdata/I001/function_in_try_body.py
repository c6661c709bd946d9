try:

    def load():
        import yaml
        import json

except ImportError:
    pass
