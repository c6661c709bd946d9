a = f'héllo {x!s} ✓'
