a = f"héllo {'x'} ✓"
