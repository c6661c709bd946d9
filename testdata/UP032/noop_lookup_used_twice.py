a = "{0} {0}".format(x[0])
b = "{k}:{k}".format(k=f(x).y)
