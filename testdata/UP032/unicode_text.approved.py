a = f'héllo {x} ✓'
