message = '{}'.format(compute(
    a, b))
