try:

    def load():
        import json

        import yaml

except ImportError:
    pass
