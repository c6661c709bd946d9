# pyfix: --target-version=py311
a = '{}'.format(d['k'])
b = "{}".format(d["k"])
