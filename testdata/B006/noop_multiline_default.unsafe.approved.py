class C:
    def method(self, table=None):
        if table is None:
            table = {
                "a": 1,
                "b": """x
  y""",
            }
        return table["a"]
