# a field nested in a spec: Ruff and pyupgrade leave the call alone, and so does pyfix
a = '{:{width}.{prec}f}'.format(x, width=w, prec=p)
