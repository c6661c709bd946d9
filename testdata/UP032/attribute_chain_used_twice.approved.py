a = f"{self.config.name} and {self.config.name}"
