a = '{:d} {:x}'.format(n, m)
