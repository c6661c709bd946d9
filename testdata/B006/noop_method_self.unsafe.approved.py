class Registry:
    def register(self, name, tags=None):
        if tags is None:
            tags = []
        self.names = sorted(tags)
        return name in tags
