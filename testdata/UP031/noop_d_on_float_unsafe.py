# pyfix: --unsafe-fixes
a = '%d' % (itemsize / 4)
b = '%d items' % 1.5
c = '%x' % float(n)
