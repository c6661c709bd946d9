x = ""f""
y = (""f""r"")
z = ""f"a"
w = "a"f"b"
