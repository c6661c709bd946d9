a = '{!r} {!s} {!a}'.format(x, y, z)
