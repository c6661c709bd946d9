a = '%05d' % (int(v),)
