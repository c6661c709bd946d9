a = '%08x' % (int(v),)
