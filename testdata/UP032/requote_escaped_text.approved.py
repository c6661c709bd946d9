a = f"it's {d['k']}"
