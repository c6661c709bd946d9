class C:
    def method(self, table={
        "a": 1,
        "b": """x
  y""",
    }):
        return table["a"]
