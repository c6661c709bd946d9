class Finder:
    def setup(self, first):
        first.find_spec = (
            lambda self, fullname, path=None, parent=None, target=None: None
        )
        converter = (
            lambda value, seen=[]: self.cursor.fetchone() if seen else seen.append(None)
        )
