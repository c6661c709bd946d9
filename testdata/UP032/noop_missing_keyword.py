a = '{name}'.format(other=x)
