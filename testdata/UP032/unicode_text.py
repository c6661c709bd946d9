a = 'héllo {} ✓'.format(x)
