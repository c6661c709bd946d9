a = "{0} and {0}".format(self.config.name)
