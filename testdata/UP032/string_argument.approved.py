a = f"{'text'}"
