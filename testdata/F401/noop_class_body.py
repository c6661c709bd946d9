class Plugin:
    import json

    def dump(self, data):
        return self.json.dumps(data)
