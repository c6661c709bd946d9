a = f"[{'name':<8}]"
