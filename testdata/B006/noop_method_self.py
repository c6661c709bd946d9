class Registry:
    def register(self, name, tags=[]):
        self.names = sorted(tags)
        return name in tags
