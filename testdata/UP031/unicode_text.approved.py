a = 'héllo x ✓'
