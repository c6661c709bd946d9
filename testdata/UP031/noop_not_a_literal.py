a = template % (x,)
b = _('%s') % (x,)
