a = '{0.real} {0.imag}'.format(z)
