a = '%s' % '{}'.format(x)
