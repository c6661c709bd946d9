x = """a   
b"""  # noqa: W291
y = 1   
