a = '{:{width}.{prec}f}'.format(x, width=w, prec=p)
