a = f"{mapping['key']}"
