a = '%s %s' % (*pair,)
