a = '{:>10} {:.3f} {:,} {:%Y-%m-%d}'.format(a, b, c, when)
