x = 1  # D100, not D104
